using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using CrampInfo.Tests.Infrastructure;

namespace CrampInfo.Tests.Hardening;

/// <summary>SIGTERM under load, as <c>docker stop</c> sends it: requests in flight complete, and the process exits 0 in time.</summary>
public sealed class ShutdownTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The host's default shutdown timeout, which the app does not change.</summary>
    static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    const string Example = "/calculator?age=45&sex=female&items=09040:5:2,11674:3:1";

    [Fact]
    public async Task On_SIGTERM_under_load_requests_in_flight_complete_and_the_process_exits_0_in_time()
    {
        var folder = Directory.CreateTempSubdirectory("crampinfo-shutdown-").FullName;
        try
        {
            await using var app = AppProcess.Start(new Dictionary<string, string>
            {
                ["ConnectionStrings__CrampInfo"] = $"Data Source={Path.Combine(folder, "crampinfo.db")}",
            });
            var address = await app.ListeningAsync(TimeSpan.FromSeconds(60), Cancel);

            // Load: 16 clients asking for pages and API answers as fast as they can, until the server is gone.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
            var answers = new ConcurrentBag<(HttpStatusCode Status, bool Whole)>();
            var failures = new ConcurrentBag<Exception>();
            var urls = new[] { Example, "/api/intake?age=45&sex=female&items=09040:5:2,11674:3:1", "/api/foods?q=potato&limit=50", "/calculator?q=banana" };
            var load = Enumerable.Range(0, 16).Select(worker => Task.Run(async () =>
            {
                using var client = new HttpClient { BaseAddress = address };
                for (var i = worker; !stop.IsCancellationRequested; i++)
                {
                    try
                    {
                        using var response = await client.GetAsync(urls[i % urls.Length], stop.Token);
                        var body = await response.Content.ReadAsStringAsync(stop.Token);
                        answers.Add((response.StatusCode, body.EndsWith("</html>\n", StringComparison.Ordinal) || body.EndsWith('}')));
                    }
                    catch (OperationCanceledException) { return; }
                    catch (HttpRequestException e) { failures.Add(e); await Task.Delay(20, CancellationToken.None); }
                }
            }, Cancel)).ToList();

            // Under way: past the first requests, which wait for the JIT.
            await WaitUntil(() => answers.Count >= 100, TimeSpan.FromSeconds(30));

            // Slow clients: each has sent the first half of its request when the signal comes.
            var slow = new List<(TcpClient Client, NetworkStream Stream)>();
            for (var i = 0; i < 8; i++)
            {
                var client = new TcpClient();
                await client.ConnectAsync(address.Host, address.Port, Cancel);
                var stream = client.GetStream();
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {(i % 2 == 0 ? Example : "/api/foods?q=banana")} HTTP/1.1\r\nHost: localhost\r\n"), Cancel);
                slow.Add((client, stream));
            }

            await Task.Delay(TimeSpan.FromSeconds(0.5), Cancel);
            var answeredBeforeSignal = answers.Count;
            var watch = Stopwatch.StartNew();
            app.Signal("TERM");

            // The host is stopping: the listener closes, but these requests are already in flight.
            await WaitUntil(() => app.Output.Contains("Application is shutting down"), TimeSpan.FromSeconds(10));
            await Task.Delay(TimeSpan.FromSeconds(1), Cancel);
            Assert.False(app.HasExited, "The process exited while requests were still in flight.");
            var slowAnswers = await Task.WhenAll(slow.Select(async s =>
            {
                await s.Stream.WriteAsync(Encoding.ASCII.GetBytes("Accept: */*\r\n\r\n"), Cancel);
                using var received = new MemoryStream();
                await s.Stream.CopyToAsync(received, Cancel); // the server closes the connection after answering: it is shutting down
                s.Client.Dispose();
                return RawHttp.Parse(received.ToArray());
            }));

            var exited = await app.WaitForExitAsync(ShutdownTimeout, Cancel);
            var stoppedIn = watch.Elapsed;
            await stop.CancelAsync();
            await Task.WhenAll(load);

            Assert.True(exited, $"Still running {ShutdownTimeout.TotalSeconds} s after SIGTERM.\n{app.Output}");
            Assert.Equal(0, app.ExitCode);
            Assert.True(stoppedIn < ShutdownTimeout, $"Stopped in {stoppedIn}");
            Assert.Contains("Application is shutting down", app.Output);

            foreach (var answer in slowAnswers)
            {
                Assert.Equal(200, answer.Status);
                Assert.True(answer.Complete);
                Assert.Equal("close", answer.Header("Connection"));
            }
            Assert.Contains("1,770", slowAnswers[0].Text);
            Assert.Contains("Bananas, raw", slowAnswers[1].Text);

            // Every answer the load got, before and after the signal, is a whole 200; what failed, failed to connect
            // (the listener had closed), never mid-answer.
            Assert.True(answeredBeforeSignal > 50, $"Only {answeredBeforeSignal} answers under load before the signal.");
            Assert.All(answers, a => Assert.Equal((HttpStatusCode.OK, true), a));
            Assert.All(failures, f => Assert.True(IsRefusedOrClosedBeforeAnswer(f), f.ToString()));
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"SIGTERM to exit: {stoppedIn.TotalMilliseconds:0} ms; {answers.Count} answers under load ({answeredBeforeSignal} before the signal), " +
                $"{slowAnswers.Length} slow requests in flight answered 200, {failures.Count} requests after the listener closed refused.");
        }
        finally { Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); Directory.Delete(folder, recursive: true); }
    }

    /// <summary>
    /// A request that never reached the app: the connection was refused (listener closed), or a kept-alive
    /// connection the server closed between requests was reused before the client noticed (no byte of an answer).
    /// </summary>
    static bool IsRefusedOrClosedBeforeAnswer(Exception e) =>
        e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused }
        || (e.InnerException is IOException io && io.Message.Contains("response ended prematurely", StringComparison.OrdinalIgnoreCase)
            && io.Message.Contains("0 bytes", StringComparison.OrdinalIgnoreCase));

    static async Task WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > timeout) throw new TimeoutException("Condition not met in time.");
            await Task.Delay(20, Cancel);
        }
    }
}
