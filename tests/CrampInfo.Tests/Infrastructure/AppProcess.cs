using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace CrampInfo.Tests.Infrastructure;

/// <summary>
/// The built app (the CrampInfo.Web.dll beside the tests) run as a child process on a loopback port it picks
/// itself, with the repository root as content root: for what only a real process shows (exit codes, signals).
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    readonly Process process;
    readonly StringBuilder output = new();
    readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    AppProcess(Process process) => this.process = process;

    public int Id => process.Id;
    public string Output { get { lock (output) return output.ToString(); } }
    public bool HasExited => process.HasExited;
    public int ExitCode => process.ExitCode;

    public static AppProcess Start(IDictionary<string, string> environment)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "CrampInfo.Web.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", app, "--urls", "http://127.0.0.1:0", "--contentRoot", Repo.Root])
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment) start.Environment[key] = value;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var running = new AppProcess(process);
        process.OutputDataReceived += (_, e) => running.Record(e.Data);
        process.ErrorDataReceived += (_, e) => running.Record(e.Data);
        process.Exited += (_, _) => running.listening.TrySetException(new InvalidOperationException($"The app exited before it listened:\n{running.Output}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    void Record(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
        if (ListeningLine().Match(line) is { Success: true } match) listening.TrySetResult(new Uri(match.Groups["url"].Value));
    }

    /// <summary>The address, once the app logs that it listens (the database is set up before that).</summary>
    public async Task<Uri> ListeningAsync(TimeSpan timeout, CancellationToken cancel) =>
        await listening.Task.WaitAsync(timeout, cancel);

    /// <summary>Sends a signal (TERM, INT, ...) as a container runtime or systemd would.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", [$"-{name}", process.Id.ToString(CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
        if (kill.ExitCode != 0) throw new InvalidOperationException($"kill -{name} {process.Id} failed");
    }

    /// <summary>Waits for the exit; false if it has not exited within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout, CancellationToken cancel)
    {
        try
        {
            await process.WaitForExitAsync(cancel).WaitAsync(timeout, cancel);
            process.WaitForExit(); // flushes the redirected output
            return true;
        }
        catch (TimeoutException) { return false; }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningLine();
}
