using System;
using System.Linq;
using Consumer.App;
using My.Lists;
using PaperData;

// Prints key=value lines that the package test asserts on.
Console.WriteLine("bundled.count=" + TrendingPapers.Count);
// Which PaperData.dll the host loaded (runtimes/linux-x64 holds precompiled code) and whether it is ReadyToRun.
string runtime = typeof(Paper).Assembly.Location;
Console.WriteLine("runtime.path=" + System.IO.Path.GetRelativePath(AppContext.BaseDirectory, runtime).Replace('\\', '/'));
using (var pe = new System.Reflection.PortableExecutable.PEReader(System.IO.File.OpenRead(runtime)))
{
    Console.WriteLine("runtime.readytorun=" + (pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0));
}
Console.WriteLine("runtime.rid=" + System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier);
Console.WriteLine("bundled.all=" + TrendingPapers.All.Count);
Console.WriteLine("bundled.public=" + typeof(TrendingPapers).IsPublic);
Console.WriteLine("bundled.first=" + TrendingPapers.All[0].Title);
Console.WriteLine("bundled.search=" + TrendingPapers.Catalog.Search("neural tangent kernel", 1)[0].Paper.Title);
Console.WriteLine("a.type=" + typeof(PapersA).FullName);
Console.WriteLine("a.public=" + typeof(PapersA).IsPublic);
Console.WriteLine("a.count=" + PapersA.Count + "/" + PapersA.All.Count);
Console.WriteLine("a.titles=" + string.Join("|", PapersA.All.Select(p => p.Title)));
Console.WriteLine("a.date=" + PapersA.All[0].Date.Month + "-" + PapersA.All[0].Date.Day);
Console.WriteLine("reading.type=" + typeof(Reading).FullName);
Console.WriteLine("reading.public=" + typeof(Reading).IsPublic);
Console.WriteLine("reading.count=" + Reading.Count);
Console.WriteLine("reading.s3im=" + Reading.S3IM.Title);
Console.WriteLine("reading.s3im.const=" + Reading.Titles.S3IM);
Console.WriteLine("reading.s3im.key=" + Reading.Get(Reading.Key.S3IM).Rank);
Console.WriteLine("reading.date=" + Reading.All[1].Date.Month + "-" + Reading.All[1].Date.Day);
Console.WriteLine("notes.type=" + typeof(Consumer.Notes.PapersA).FullName);
Console.WriteLine("notes.titles=" + string.Join("|", Consumer.Notes.PapersA.All.Select(p => p.Title)));
