using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading.Tasks;
using PaperData.Cli.Fetch;

namespace PaperData.Cli.Tests.Fetch
{
    /// <summary>Runs <c>paperdata fetch</c> in process. Retries wait nothing (delay scale 0) but are computed and reported as in production.</summary>
    internal static class FetchCli
    {
        public const string Keep = "; check the network or --base-url and run the command again (days already fetched are kept)";

        public static readonly CliEnvironment NoWait = new CliEnvironment(CliEnvironment.DefaultWidth, useColor: false)
        {
            FetchTuning = FetchTuning.Default with { DelayScale = 0 },
        };

        public static Task<CliResult> RunAsync(DailyPapersServer server, TempFolder folder, params string[] args) =>
            Cli.RunInAsync(NoWait, new[] { "fetch", "--out", folder.Path, "--base-url", server.BaseUrl }.Concat(args).ToArray());

        public static string[] RawElements(byte[] json)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return document.RootElement.EnumerateArray().Select(e => e.GetRawText()).ToArray();
        }

        /// <summary>A port nothing listens on: bind one, note it, close it.</summary>
        public static int FreePort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }

        public static byte[] Recorded(string name) => File.ReadAllBytes(Reply.RecordedPath(name));
    }
}
