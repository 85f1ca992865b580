using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PaperData.Cli.Tests.Fetch
{
    /// <summary>One request as the server saw it; <see cref="Attempt"/> counts requests for the same date and page, from 1.</summary>
    internal sealed record ServedRequest(string PathAndQuery, string? Date, int Page, string? Limit, string? IfNoneMatch, string UserAgent, string Accept, int Attempt);

    /// <summary>
    /// What the server answers. <see cref="StallAfterHeaders"/> sends headers and half the body before waiting
    /// <see cref="Delay"/>; <see cref="AbortMidBody"/> sends half the body and drops the connection.
    /// </summary>
    internal sealed record Reply(int Status, byte[] Body, TimeSpan Delay = default, bool StallAfterHeaders = false, IReadOnlyList<(string Name, string Value)>? Headers = null)
    {
        public bool AbortMidBody { get; init; }

        public static string RecordedPath(string name) => Path.Combine(AppContext.BaseDirectory, "Fetch", "recorded", name);

        /// <summary>A recorded answer from Fetch/recorded/, 200, application/json.</summary>
        public static Reply Recorded(string name, string? etag = null) =>
            new Reply(200, File.ReadAllBytes(RecordedPath(name)), Headers: etag is null ? null : new[] { ("ETag", etag) });

        public static Reply Json(string json, string? etag = null) =>
            new Reply(200, System.Text.Encoding.UTF8.GetBytes(json), Headers: etag is null ? null : new[] { ("ETag", etag) });

        public static Reply Error(int status, params (string Name, string Value)[] headers) =>
            new Reply(status, System.Text.Encoding.UTF8.GetBytes("{\"error\":\"status " + status + "\"}"), Headers: headers);
    }

    /// <summary>
    /// A real HTTP server (Kestrel) on 127.0.0.1 and a port the OS picks, answering <c>/api/daily_papers</c> through
    /// a test's script. Everything stays in the test process; nothing goes to the internet.
    /// </summary>
    internal sealed class DailyPapersServer : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly Func<ServedRequest, Reply> _respond;
        private readonly List<ServedRequest> _requests = new List<ServedRequest>();

        private DailyPapersServer(Func<ServedRequest, Reply> respond)
        {
            _respond = respond;
            WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
            builder.WebHost.UseKestrelCore().ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
            _app = builder.Build();
            _app.Run(HandleAsync);
        }

        public string BaseUrl { get; private set; } = string.Empty;

        public IReadOnlyList<ServedRequest> Requests
        {
            get
            {
                lock (_requests) return _requests.ToArray();
            }
        }

        public static async Task<DailyPapersServer> StartAsync(Func<ServedRequest, Reply> respond)
        {
            var server = new DailyPapersServer(respond);
            await server._app.StartAsync(Xunit.TestContext.Current.CancellationToken);
            IServerAddressesFeature addresses = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            server.BaseUrl = addresses.Addresses.Single();
            return server;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
        }

        private async Task HandleAsync(HttpContext context)
        {
            HttpRequest request = context.Request;
            string? date = request.Query["date"];
            int page = int.TryParse(request.Query["p"], out int p) ? p : 0;
            ServedRequest served;
            lock (_requests)
            {
                int attempt = _requests.Count(r => r.Date == date && r.Page == page) + 1;
                served = new ServedRequest(request.Path + request.QueryString, date, page, request.Query["limit"], request.Headers.IfNoneMatch.FirstOrDefault(),
                    request.Headers.UserAgent.ToString(), request.Headers.Accept.ToString(), attempt);
                _requests.Add(served);
            }

            Reply reply = request.Path == "/api/daily_papers" ? _respond(served) : Reply.Error(404);
            try
            {
                if (reply.Delay > TimeSpan.Zero && !reply.StallAfterHeaders) await Task.Delay(reply.Delay, context.RequestAborted);
                context.Response.StatusCode = reply.Status;
                foreach ((string name, string value) in reply.Headers ?? Array.Empty<(string, string)>()) context.Response.Headers.Append(name, value);
                if (reply.Status == 304) return;
                context.Response.ContentType = "application/json; charset=utf-8";
                if (reply.AbortMidBody)
                {
                    context.Response.ContentLength = reply.Body.Length;
                    await context.Response.Body.WriteAsync(reply.Body.AsMemory(0, reply.Body.Length / 2), context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                    context.Abort();
                    return;
                }

                if (reply.StallAfterHeaders)
                {
                    int half = reply.Body.Length / 2;
                    await context.Response.Body.WriteAsync(reply.Body.AsMemory(0, half), context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                    await Task.Delay(reply.Delay, context.RequestAborted);
                    await context.Response.Body.WriteAsync(reply.Body.AsMemory(half), context.RequestAborted);
                    return;
                }

                await context.Response.Body.WriteAsync(reply.Body, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up (its timeout): nothing left to answer.
            }
        }
    }
}
