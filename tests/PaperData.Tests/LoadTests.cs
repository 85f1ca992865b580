using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace PaperData.Tests
{
    /// <summary>PaperCatalog.Load: encodings, diagnostics labelled with the path, and clear errors for unreadable files.</summary>
    public sealed class LoadTests : IDisposable
    {
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "paperdata-load-" + Guid.NewGuid().ToString("N"));

        public LoadTests() => Directory.CreateDirectory(_directory);

        public void Dispose() => Directory.Delete(_directory, recursive: true);

        private string Write(string name, byte[] bytes)
        {
            string path = Path.Combine(_directory, name);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        [Fact]
        public void Load_of_the_real_digest_equals_Parse_of_its_text()
        {
            PaperCatalog loaded = PaperCatalog.Load(TestData.RealDigestPath);
            Assert.Equal(PaperCatalog.Parse(TestData.RealDigest).Papers, loaded.Papers);
            Assert.Equal(57, loaded.Count);
            Assert.Empty(loaded.Diagnostics);
        }

        [Theory]
        [InlineData("utf-8-bom")]
        [InlineData("utf-16le")]
        [InlineData("utf-16be")]
        public void Load_reads_UTF8_and_UTF16_with_their_byte_order_marks(string encodingName)
        {
            Encoding encoding = encodingName switch
            {
                "utf-8-bom" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
                "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
                _ => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            };
            string text = TestData.RealDigest.Replace("\n", "\r\n");
            string path = Write("digest-" + encodingName + ".txt", encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray());
            Assert.Equal(TrendingPapers.All, PaperCatalog.Load(path).Papers);
        }

        [Fact]
        public void Load_labels_diagnostics_with_the_path()
        {
            string path = Write("flawed.txt", Encoding.UTF8.GetBytes("Mar 11\n\nKept\n\nShort.\n\nLost Title"));
            PaperDiagnostic d = Assert.Single(PaperCatalog.Load(path).Diagnostics);
            Assert.Equal(path, d.Path);
            Assert.StartsWith(path + "(7,1): error PD0003: ", d.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Load_of_a_binary_file_throws_one_clear_IOException()
        {
            var bytes = new byte[8192];
            new Random(11).NextBytes(bytes);
            string path = Write("binary.bin", bytes);
            IOException error = Assert.Throws<IOException>(() => PaperCatalog.Load(path));
            Assert.Equal("Cannot load the digest '" + path + "': it is not text (its start is full of NUL or undecodable bytes).", error.Message);
        }

        [Fact]
        public void Load_of_a_file_over_the_size_limit_throws_one_clear_IOException_without_reading_it()
        {
            string path = Path.Combine(_directory, "huge.txt");
            using (var stream = new FileStream(path, FileMode.Create))
            {
                stream.SetLength(PaperCatalog.MaxDigestBytes + 1); // sparse: nothing is written
            }

            IOException error = Assert.Throws<IOException>(() => PaperCatalog.Load(path));
            Assert.Equal("Cannot load the digest '" + path + "': it is 134217729 bytes, above the limit of 134217728 bytes.", error.Message);
        }

        [Fact]
        public void A_stray_NUL_in_a_title_is_text_not_binary()
        {
            string text = "Mar 11\n\nA title with a \0 inside\n\n" + new string('x', 200) + ". An abstract. It goes on for a while and ends here.\n";
            PaperCatalog catalog = PaperCatalog.Load(Write("nul.txt", Encoding.UTF8.GetBytes(text)));
            Assert.Equal("A title with a \0 inside", Assert.Single(catalog.Papers).Title);
        }

        [Fact]
        public void Load_of_a_missing_file_throws_FileNotFoundException_naming_the_path()
        {
            string path = Path.Combine(_directory, "missing.txt");
            FileNotFoundException error = Assert.Throws<FileNotFoundException>(() => PaperCatalog.Load(path));
            Assert.Equal(path, error.FileName);
            Assert.Equal("Cannot load the digest '" + path + "': the file does not exist.", error.Message);
        }

        [Fact]
        public void Load_from_a_missing_directory_throws_FileNotFoundException_naming_the_path()
        {
            string path = Path.Combine(_directory, "no-such-directory", "digest.txt");
            FileNotFoundException error = Assert.Throws<FileNotFoundException>(() => PaperCatalog.Load(path));
            Assert.Equal(path, error.FileName);
            Assert.Equal("Cannot load the digest '" + path + "': the file does not exist.", error.Message);
        }

        [Fact]
        public void Load_of_a_directory_without_digests_throws_IOException_naming_the_path()
        {
            File.WriteAllText(Path.Combine(_directory, "notes.md"), "not a digest");
            IOException error = Assert.ThrowsAny<IOException>(() => PaperCatalog.Load(_directory));
            Assert.Equal("Cannot load the digest '" + _directory + "': the directory holds no *.json or *.txt digest.", error.Message);
        }
    }
}
