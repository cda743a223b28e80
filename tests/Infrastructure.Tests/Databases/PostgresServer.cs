using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Wuzhong.Infrastructure.Tests.Databases;

/// <summary>
/// A PostgreSQL server for the tests: the one <c>WUZHONG_TEST_POSTGRES</c> names (a connection string), or else a
/// throwaway cluster started here with initdb and pg_ctl in a temporary folder, on a free loopback port, stopped and
/// removed when the test process ends. When neither can be had, the PostgreSQL tests are skipped with the reason.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "WUZHONG_TEST_POSTGRES";

    /// <summary>Set to true (as CI does) to make a missing PostgreSQL fail the tests instead of skipping them.</summary>
    public const string RequiredVariable = "WUZHONG_REQUIRE_POSTGRES";

    public static bool Required => string.Equals(Environment.GetEnvironmentVariable(RequiredVariable), "true", StringComparison.OrdinalIgnoreCase);

    private static readonly Lazy<(string? ConnectionString, string? Unavailable)> Server = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Why PostgreSQL tests cannot run here, or null when they can.</summary>
    public static string? UnavailableReason => Server.Value.Unavailable;

    /// <summary>A connection string to a database of its own (created by the first migration).</summary>
    public static string NewDatabase(string prefix)
    {
        if (UnavailableReason is { } reason)
        {
            throw new InvalidOperationException(reason);
        }
        return new NpgsqlConnectionStringBuilder(Server.Value.ConnectionString) { Database = $"{prefix}_{Guid.NewGuid():N}"[..40] }.ToString();
    }

    private static (string?, string?) Start()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return (configured, null);
        }
        var bin = FindBinaries();
        if (bin is null)
        {
            return (null, $"PostgreSQL tests skipped: no PostgreSQL server binaries (initdb, pg_ctl) found and {EnvironmentVariable} is not set.");
        }
        try
        {
            return (StartCluster(bin), null);
        }
        catch (Exception e)
        {
            return (null, $"PostgreSQL tests skipped: a throwaway cluster could not be started ({e.Message}).");
        }
    }

    private static string? FindBinaries()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).OrderByDescending(d => d, StringComparer.Ordinal)
            : Enumerable.Empty<string>();
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator);
        return candidates.Concat(onPath).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static string StartCluster(string bin)
    {
        var folder = Directory.CreateTempSubdirectory("wuzhong-pg-").FullName;
        var data = Path.Combine(folder, "data");
        // initdb refuses to run as root: on CI (root) the cluster belongs to the postgres user.
        var asUser = Environment.UserName == "root" ? "postgres" : null;
        if (asUser is not null)
        {
            Run("chown", ["-R", asUser, folder], null);
        }
        var port = FreePort();
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"], asUser);
        Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            "start"], asUser);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"], asUser);
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception)
            {
                // A cluster left behind in /tmp is harmless; the process is ending anyway.
            }
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true;Timeout=30;Command Timeout=60";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string program, string[] arguments, string? asUser)
    {
        var start = asUser is null ? new ProcessStartInfo(program) : new ProcessStartInfo("runuser", ["-u", asUser, "--", program]);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} exited with {process.ExitCode}: {error.Trim()} {output.Result.Trim()}".Trim());
        }
    }
}
