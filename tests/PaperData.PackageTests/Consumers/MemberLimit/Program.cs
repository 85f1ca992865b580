using System;
using System.Linq;
using System.Reflection;
using Consumer.Limits;

// Prints key=value lines that the package test asserts on.
const BindingFlags Public = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;
Console.WriteLine("five.count=" + Five.Count + "/" + Five.All.Count + "/" + Five.Catalog.Count);
Console.WriteLine("five.find=" + Five.Catalog.Find("delta")?.Title);
Console.WriteLine("five.properties=" + string.Join(",", typeof(Five).GetProperties(Public).Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal)));
Console.WriteLine("five.nested=" + typeof(Five).GetNestedTypes(BindingFlags.Public).Length);
Console.WriteLine("three.key=" + Three.Get(Three.Key.Golf).Title + "|" + Three.Titles.Hotel);
