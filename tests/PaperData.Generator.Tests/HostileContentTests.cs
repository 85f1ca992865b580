using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using PaperData.Generator.Tests.Harness;
using PaperData.Testing;
using Xunit;

namespace PaperData.Generator.Tests
{
    /// <summary>
    /// Titles and abstracts written to attack the emitter: the catalogue still compiles without a warning, its
    /// source shows no invisible or line-breaking character raw (Trojan Source, CVE-2021-42574), and at run time
    /// every paper carries its exact text.
    /// </summary>
    public class HostileContentTests
    {
        [Theory]
        [InlineData("public")]
        [InlineData("internal")]
        public void Hostile_digest_compiles_without_warnings_and_its_source_has_no_invisible_characters(string visibility)
        {
            GeneratorRun run = Hostile(visibility);

            AssertNoInvisibleCharacters(run.Source("Hostile"));
        }

        [Fact]
        public void Hostile_titles_and_abstracts_are_exact_at_run_time()
        {
            using LoadedAssembly assembly = LoadedAssembly.Emit(Hostile("internal").Output);

            IReadOnlyList<Paper> all = assembly.Static<IReadOnlyList<Paper>>("Attack.Hostile", "All");
            Assert.Equal(TestDigests.HostileTitles, all.Select(p => p.Title));
            Assert.Equal(TestDigests.HostileTitles.Select((_, i) => TestDigests.HostileAbstract(i)), all.Select(p => p.Abstract));

            // The Titles constants hold the same exact strings, bidi controls and NUL included.
            Type titles = assembly.Type("Attack.Hostile+Titles");
            Assert.Equal(
                TestDigests.HostileTitles.OrderBy(t => t, StringComparer.Ordinal),
                titles.GetFields().Select(f => (string)f.GetRawConstantValue()!).OrderBy(t => t, StringComparer.Ordinal));
        }

        [Fact]
        public void Member_names_are_sanitised_unique_and_never_clash_with_generated_members()
        {
            using LoadedAssembly assembly = LoadedAssembly.Emit(Hostile("internal").Output);

            string[] keys = Enum.GetNames(assembly.Type("Attack.Hostile+Key"));
            Assert.Equal(TestDigests.HostileTitles.Length, keys.Length);
            Assert.Equal(keys.Length, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            // Keywords are PascalCased, a leading digit gets '_', collisions and reserved names get a suffix.
            Assert.Equal(
                new[] { "Class", "Namespace", "_3DGaussiansIn2Minutes", "FooBar", "FooBar_2", "All_2", "Catalog_2", "Count_2", "ToString_2", "Equals_2", "GetHashCode_2", "Key_2", "Titles_2", "Holder", "Hostile_2" },
                keys.Take(15));
            Assert.All(keys, key => Assert.True(key.All(c => c == '_' || char.IsLetterOrDigit(c)), key));
        }

        [Fact]
        public void Titles_equal_to_any_member_the_emitter_declares_still_compile()
        {
            // Reflect what the emitter declares today (nested types and private helpers included), so that a
            // changed emitter is checked against IdentifierNames.Reserved without anyone updating this list.
            string[] declared;
            using (LoadedAssembly small = LoadedAssembly.Emit(new TestProject().With(new DigestItem("small.txt", TestDigests.Small)).Run().AssertClean().Output))
            {
                Type type = small.Type("Sample.Small");
                string[] papers = Enum.GetNames(small.Type("Sample.Small+Key"));
                declared = type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                    .Select(m => m.Name)
                    .Concat(typeof(object).GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static).Select(m => m.Name))
                    .Where(name => Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name) && !papers.Contains(name))
                    .Append("Small")
                    .Distinct(StringComparer.Ordinal)
                    .ToArray();
            }

            Assert.Contains("__Holder", declared);
            var digest = new StringBuilder("Mar 11\n\n");
            foreach (string name in declared)
            {
                digest.Append(name).Append("\n\n").Append(TestDigests.Abstract("the member " + name)).Append("\n\n");
            }

            GeneratorRun run = new TestProject()
                .With(new DigestItem("small.txt", digest.ToString()) { Visibility = "public" })
                .Run()
                .AssertClean();
            Assert.Contains("public const int Count = " + declared.Length.ToString(CultureInfo.InvariantCulture) + ";", run.Source("Small"), StringComparison.Ordinal);
        }

        [Fact]
        public void Every_invisible_or_line_breaking_character_is_escaped_and_round_trips()
        {
            // One paper per dangerous character: every BMP control, format and separator character, lone
            // surrogates, private-use and unassigned samples, and every astral format character (tags...).
            List<string> characters = DangerousCharacters();
            var digest = new StringBuilder("Mar 11\n\n");
            var titles = new List<string>();
            foreach (string c in characters)
            {
                string title = "U+" + CodePoint(c) + " before" + c + "after";
                titles.Add(title);
                digest.Append(title).Append("\n\n").Append(TestDigests.Abstract("the character" + c + "inside")).Append("\n\n");
            }

            GeneratorRun run = new TestProject()
                .With(new DigestItem("sweep.txt", digest.ToString()) { ClassName = "Sweep", Visibility = "public" })
                .Run()
                .AssertClean();
            AssertNoInvisibleCharacters(run.Source("Sweep"));

            using LoadedAssembly assembly = LoadedAssembly.Emit(run.Output);
            IReadOnlyList<Paper> all = assembly.Static<IReadOnlyList<Paper>>("Sample.Sweep", "All");
            Assert.Equal(titles, all.Select(p => p.Title));
            Assert.Contains("\u202E", characters);
            Assert.Contains("\u2028", characters);
            Assert.Contains("\0", characters);
            Assert.Contains("\U000E0041", characters);
        }

        private static GeneratorRun Hostile(string visibility) => new TestProject()
            .With(new DigestItem("hostile.txt", TestDigests.Hostile) { ClassName = "Hostile", Namespace = "Attack", Visibility = visibility })
            .Run()
            .AssertClean();

        /// <summary>Fails on any raw character that renders invisibly, reorders text or breaks a line (LF aside).</summary>
        private static void AssertNoInvisibleCharacters(string source)
        {
            string? found = RawCharacterOracle.FindRawInvisible(source);
            Assert.True(found is null, "raw " + found + " of the generated source");
        }

        private static List<string> DangerousCharacters()
        {
            var result = new List<string>();
            for (int c = 0; c <= 0xFFFF; c++)
            {
                if (c == '\r' || c == '\n' || char.IsWhiteSpace((char)c) && c != 0x2028 && c != 0x2029) continue; // whitespace only splits words
                UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory((char)c);
                bool sample = c is 0xD800 or 0xDBFF or 0xDC00 or 0xDFFF or 0xE000 or 0xF8FF or 0x0378 or 0xFFFE or 0xFFFF;
                if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator || sample)
                {
                    result.Add(((char)c).ToString());
                }
            }

            for (int c = 0x10000; c <= 0x10FFFF; c++)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format || c is 0xF0000 or 0x10FFFD or 0xE0080 or 0x10FFFF)
                {
                    result.Add(char.ConvertFromUtf32(c));
                }
            }

            return result;
        }

        private static string CodePoint(string c) =>
            (c.Length == 2 ? char.ConvertToUtf32(c[0], c[1]) : c[0]).ToString("X4", CultureInfo.InvariantCulture);
    }
}
