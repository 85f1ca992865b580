using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PaperData.Core.Parsed;
using PaperData.Core.Reading;
using PaperData.Core.Reading.Json;
using PaperData.Core.Reading.Text;
using PaperData.Generator.Emit;
using PaperData.Generator.Model;

namespace PaperData.Fuzz
{
    /// <summary>A broken promise found by the fuzzer: afl-fuzz records the input as a crash.</summary>
    public sealed class OracleException : Exception
    {
        public OracleException(string message)
            : base(message)
        {
        }
    }

    /// <summary>
    /// The fuzz targets and their oracle. Parsing and emitting must never throw, whatever the bytes; on top of that
    /// every result is checked against what the rest of PaperData relies on (a crash there would surface later,
    /// far from its cause): positions inside the text, dates and URLs the runtime types accept, the same papers
    /// under any line-break style, and generated C# that parses cleanly, holds no raw bidi, format or control
    /// characters, and whose title constants mean exactly the titles.
    /// </summary>
    public static class FuzzTargets
    {
        private static readonly CSharpParseOptions ParseOptions =
            new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

        /// <summary>
        /// Input bytes as text. A UTF-16 LE byte-order mark selects raw UTF-16 code units, so lone surrogates and
        /// every other char reach the parser; anything else is read as UTF-8 (invalid bytes become U+FFFD).
        /// </summary>
        public static string Decode(byte[] bytes)
        {
            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                var chars = new char[(bytes.Length - 2) / 2];
                for (int i = 0; i < chars.Length; i++) chars[i] = (char)(bytes[2 + (2 * i)] | (bytes[3 + (2 * i)] << 8));
                return new string(chars);
            }

            return Encoding.UTF8.GetString(bytes);
        }

        /// <summary>Target 1: the text parser alone.</summary>
        public static void Parse(string text) => CheckDigest(text, TextDigestParser.Parse(text), t => TextDigestParser.Parse(t));

        /// <summary>Target 2: parser, model builder and emitter, as the generator chains them.</summary>
        public static void ParseAndEmit(string text)
        {
            ParsedDigest digest = TextDigestParser.Parse(text);
            CheckDigest(text, digest, t => TextDigestParser.Parse(t));
            CheckEmit(digest, "fuzz-digest.txt");
        }

        /// <summary>
        /// Target 3: the JSON parser, reached directly and as the generator reaches it for a <c>.json</c> file,
        /// then model builder and emitter over the papers it read.
        /// </summary>
        public static void Json(string text)
        {
            ParsedDigest digest = JsonDigestParser.Parse(text);
            Require(DigestReader.Parse(text, "x.json", null, CancellationToken.None).Equals(digest),
                "DigestReader gives another result than JsonDigestParser for x.json");
            CheckDigest(text, digest, t => JsonDigestParser.Parse(t));
            CheckEmit(digest, "fuzz-digest.json");
        }

        // The generator's steps after parsing: model, then emit, each result checked.
        private static void CheckEmit(ParsedDigest digest, string fileName)
        {
            var global = new GlobalSettings("Fuzz.Catalogs", "/fuzz", null, "internal", long.MaxValue);
            var settings = new DigestSettings("/fuzz/" + fileName, fileName, null, null, null, global);
            CatalogModel model = CatalogModelBuilder.Build(new MergedInput(settings, fileName, fileName, digest, EquatableArray<DiagnosticInfo>.Empty), LanguageVersion.CSharp12);
            if (!model.CanEmit) throw new OracleException("a parsed digest with a valid class name must be emittable");
            CheckNames(model);
            CheckSource(model, CatalogEmitter.Emit(model));
        }

        private static void CheckDigest(string text, ParsedDigest digest, Func<string, ParsedDigest> parse)
        {
            foreach (DigestDiagnostic d in digest.Diagnostics)
            {
                Require(d.Id.StartsWith("PD", StringComparison.Ordinal) && d.Id.Length == 6, "diagnostic id " + d.Id);
                Require(d.Line >= 1 && d.Column >= 1 && d.EndLine >= d.Line, "diagnostic position " + d);
                Require(d.Offset >= 0 && d.Length >= 0 && d.Offset + d.Length <= text.Length, "diagnostic span outside the text: " + d);
            }

            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < digest.Papers.Count; i++)
            {
                ParsedPaper paper = digest.Papers[i];
                Require(paper.Rank == i + 1, "rank " + paper.Rank + " at index " + i);
                Require(paper.Title.Length > 0 && paper.Abstract.Length > 0, "empty title or abstract at rank " + paper.Rank);
                Require(ids.Add(paper.Id), "duplicate id " + paper.Id);
                Require(paper.Id.Length > 0 && paper.Id.All(c => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'), "id not a slug: " + paper.Id);
                Require(IsPaperDate(paper.Date), "date " + paper.Date);
                Require(paper.Extras.PublishedOn is not DigestDate published || IsPaperDate(published), "published date " + paper.Extras.PublishedOn);
                Require(paper.Extras.Upvotes is null or >= 0, "negative upvotes " + paper.Extras.Upvotes);
                Require(paper.Extras.Authors.All(a => a.Length > 0) && paper.Extras.Keywords.All(k => k.Length > 0), "empty author or keyword at rank " + paper.Rank);
                foreach (ParsedLink link in paper.Links)
                {
                    // CodeLink's constructor calls new Uri(url, Absolute): it must accept every link.
                    Require(Uri.TryCreate(link.Url, UriKind.Absolute, out _), "link is not an absolute URI: " + link.Url);
                }
            }

            // Line breaks must not matter: the same papers and content hash under LF only.
            string lf = text.Replace("\r\n", "\n").Replace('\r', '\n');
            if (lf != text)
            {
                ParsedDigest again = parse(lf);
                Require(again.Papers.Equals(digest.Papers), "papers differ once CR/CRLF become LF");
                Require(again.ContentHash == digest.ContentHash, "content hash differs once CR/CRLF become LF");
            }
        }

        // PaperDate's constructor throws outside these ranges: the runtime would crash on the catalogue.
        private static bool IsPaperDate(DigestDate date) =>
            date.Month >= 1 && date.Month <= 12 && date.Day >= 1 && date.Day <= 31 && date.Year is null or (>= 1 and <= 9999);

        private static void CheckNames(CatalogModel model)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (PaperModel paper in model.Papers)
            {
                string name = paper.MemberName;
                Require(SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None, "invalid member name " + name);
                Require(names.Add(name), "duplicate member name " + name);
                Require(name != model.ClassName && Array.IndexOf(IdentifierNames.Reserved, name) < 0, "member name clashes: " + name);
            }
        }

        private static void CheckSource(CatalogModel model, string source)
        {
            // The same oracle as the generator and property tests (tests/Shared/RawCharacterOracle.cs, linked).
            string? raw = PaperData.Testing.RawCharacterOracle.FindRawInvisible(source);
            Require(raw is null, "raw " + raw + " in generated source");

            SyntaxTree tree = CSharpSyntaxTree.ParseText(source, ParseOptions);
            Diagnostic? problem = tree.GetDiagnostics().FirstOrDefault();
            Require(problem is null, "generated source does not parse cleanly: " + problem);

            // What the compiler would reject although the text parses: two members of one type with the same name
            // (CS0102), or a member named like its type (CS0542).
            foreach (BaseTypeDeclarationSyntax type in tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
            {
                var declared = new HashSet<string>(StringComparer.Ordinal);
                foreach (string name in MemberNames(type))
                {
                    Require(name != type.Identifier.ValueText, "member " + name + " is named like its type");
                    Require(declared.Add(name), "type " + type.Identifier.ValueText + " declares " + name + " twice");
                }
            }

            // The Titles constants must mean exactly the titles, bidi controls and all.
            ClassDeclarationSyntax? titles = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()
                .FirstOrDefault(c => c.Identifier.ValueText == "Titles");
            Require(titles is not null, "no Titles class");
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (VariableDeclaratorSyntax field in titles!.DescendantNodes().OfType<VariableDeclaratorSyntax>())
            {
                if (field.Initializer?.Value is LiteralExpressionSyntax literal) values[field.Identifier.ValueText] = literal.Token.ValueText;
            }

            foreach (PaperModel paper in model.Papers)
            {
                Require(values.TryGetValue(paper.MemberName, out string? value) && value == paper.Paper.Title,
                    "Titles." + paper.MemberName + " does not hold the exact title");
            }
        }

        private static IEnumerable<string> MemberNames(BaseTypeDeclarationSyntax type)
        {
            if (type is EnumDeclarationSyntax enumeration) return enumeration.Members.Select(m => m.Identifier.ValueText);
            if (type is not TypeDeclarationSyntax declaration) return Enumerable.Empty<string>();
            return declaration.Members.SelectMany(member => member switch
            {
                PropertyDeclarationSyntax property => new[] { property.Identifier.ValueText },
                FieldDeclarationSyntax field => field.Declaration.Variables.Select(v => v.Identifier.ValueText),
                BaseTypeDeclarationSyntax nested => new[] { nested.Identifier.ValueText },
                // Methods may overload one another, but not share a name with anything else; the emitter writes one of each.
                MethodDeclarationSyntax method => new[] { method.Identifier.ValueText },
                _ => Enumerable.Empty<string>(),
            });
        }

        private static void Require(bool condition, string message)
        {
            if (!condition) throw new OracleException(message);
        }
    }
}
