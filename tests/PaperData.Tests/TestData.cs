using System;
using System.IO;

namespace PaperData.Tests
{
    /// <summary>The real digest, as copied beside the tests.</summary>
    internal static class TestData
    {
        public static string RealDigestPath => Path.Combine(AppContext.BaseDirectory, "data", "daily-papers-mar-11.txt");

        public static string RealDigest => File.ReadAllText(RealDigestPath);
    }
}
