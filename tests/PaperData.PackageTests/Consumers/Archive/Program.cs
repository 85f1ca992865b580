using System;
using System.Linq;
using Consumer.Archives;
using PaperData;

// Prints key=value lines that the package test asserts on.
Console.WriteLine("archive.type=" + typeof(Archive).FullName);
Console.WriteLine("archive.count=" + Archive.Count + "/" + Archive.All.Count);
Console.WriteLine("archive.titles=" + string.Join("|", Archive.All.Select(p => p.Title)));
Console.WriteLine("archive.ranks=" + string.Join(",", Archive.All.Select(p => p.Rank)));
Console.WriteLine("archive.alpha.featured=" + string.Join(",", Archive.All[0].FeaturedOn.Select(d => d.Year + "-" + d.Month + "-" + d.Day)));
Console.WriteLine("archive.top=" + Archive.Catalog.TopByUpvotes(1)[0].Title);
Console.WriteLine("archive.generated.files=" + typeof(Archive).Assembly.GetTypes().Count(t => t.Namespace == "Consumer.Archives" && t.IsClass && !t.IsNested && t.Name != "Program"));

Console.WriteLine("reading.count=" + Consumer.Lists.Reading.Count + "/" + Consumer.Lists.Reading.All.Count);
