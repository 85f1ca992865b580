using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using PaperData.Cli.Output;

namespace PaperData.Cli.Fetch
{
    /// <summary>
    /// <c>DIR/.paperdata-fetch.json</c>: per day the ETag the server sent with the file's content and the SHA-256
    /// of that file. The hash ties the ETag to the bytes on disk: a file edited or deleted since is fetched in
    /// full instead of being trusted to a 304.
    /// </summary>
    /// <remarks>
    /// Shape: <c>{"format":1,"days":{"2025-03-11":{"etag":"\"abc\"","sha256":"hex"}}}</c>. A missing or unreadable
    /// state file only costs full downloads, so it is never an error.
    /// </remarks>
    internal sealed class FetchState
    {
        public const string FileName = ".paperdata-fetch.json";

        private readonly SortedDictionary<string, (string ETag, string Sha256)> _days = new SortedDictionary<string, (string ETag, string Sha256)>(StringComparer.Ordinal);
        private readonly string _path;
        private bool _changed;

        private FetchState(string path)
        {
            _path = path;
        }

        public static FetchState Load(string directory)
        {
            var state = new FetchState(Path.Combine(directory, FileName));
            try
            {
                if (!File.Exists(state._path)) return state;
                using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(state._path));
                if (document.RootElement.ValueKind != JsonValueKind.Object
                    || !document.RootElement.TryGetProperty("days", out JsonElement days)
                    || days.ValueKind != JsonValueKind.Object)
                {
                    return state;
                }

                foreach (JsonProperty day in days.EnumerateObject())
                {
                    if (day.Value.ValueKind == JsonValueKind.Object
                        && day.Value.TryGetProperty("etag", out JsonElement etag) && etag.ValueKind == JsonValueKind.String
                        && day.Value.TryGetProperty("sha256", out JsonElement sha) && sha.ValueKind == JsonValueKind.String)
                    {
                        state._days[day.Name] = (etag.GetString()!, sha.GetString()!);
                    }
                }
            }
            catch (Exception e) when (e is JsonException || e is IOException || e is UnauthorizedAccessException)
            {
                state._days.Clear(); // Start over: the next run sends no If-None-Match and compares content instead.
            }

            return state;
        }

        /// <summary>The ETag to send for <paramref name="day"/>, or null when the file is not what that ETag described.</summary>
        public string? ETagFor(string day, string file)
        {
            if (!_days.TryGetValue(day, out (string ETag, string Sha256) entry)) return null;
            return Sha256OfFile(file) is string sha && sha == entry.Sha256 ? entry.ETag : null;
        }

        /// <summary>Remembers the ETag of the content now in the day's file, or forgets the day when there is none.</summary>
        public void Set(string day, string? etag, string sha256)
        {
            if (etag is null)
            {
                Forget(day);
                return;
            }

            if (_days.TryGetValue(day, out (string ETag, string Sha256) old) && old.ETag == etag && old.Sha256 == sha256) return;
            _days[day] = (etag, sha256);
            _changed = true;
        }

        public void Forget(string day) => _changed |= _days.Remove(day);

        /// <summary>Writes the state (atomically) when this run changed it.</summary>
        public void Save()
        {
            if (!_changed) return;
            AtomicFile.Write(_path, stream =>
            {
                using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
                {
                    Indented = true,
                    Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // A local file, never HTML: keep ETag quotes readable as \".
                });
                writer.WriteStartObject();
                writer.WriteNumber("format", 1);
                writer.WriteStartObject("days");
                foreach (KeyValuePair<string, (string ETag, string Sha256)> day in _days)
                {
                    writer.WriteStartObject(day.Key);
                    writer.WriteString("etag", day.Value.ETag);
                    writer.WriteString("sha256", day.Value.Sha256);
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            });
            _changed = false;
        }

        public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

        /// <summary>The file's SHA-256, or null when it does not exist or cannot be read.</summary>
        public static string? Sha256OfFile(string path)
        {
            try
            {
                if (!File.Exists(path)) return null;
                using FileStream stream = File.OpenRead(path);
                return Convert.ToHexStringLower(SHA256.HashData(stream));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return null;
            }
        }
    }
}
