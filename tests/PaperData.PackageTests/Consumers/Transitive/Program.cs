using System;
using Consumer.Transitive;

// Prints key=value lines that the package test asserts on.
Console.WriteLine("shelf.count=" + Shelf.Count + "/" + Shelf.All.Count);
Console.WriteLine("shelf.first=" + Shelf.All[0].Title);
Console.WriteLine("shelf.search=" + Shelf.Catalog.Search("radiance", 1)[0].Paper.Title);
Console.WriteLine("lib.trending=" + Consumer.Lib.Reading.FirstTrending());
