using System.Diagnostics;

namespace Wuzhong.Api.Tests.Support;

/// <summary>
/// The programs users open exports and circulars with, run as processes: Debian's python3 with openpyxl or
/// python-docx, and LibreOffice headless. CI installs them and sets WUZHONG_REQUIRE_OFFICE_READERS=true, so that a
/// missing reader fails there instead of skipping.
/// </summary>
public static class OfficeReaders
{
    public const string Python = "/usr/bin/python3";
    public const string LibreOffice = "/usr/bin/soffice";

    public static bool Required => Environment.GetEnvironmentVariable("WUZHONG_REQUIRE_OFFICE_READERS") == "true";

    /// <summary>Whether Debian's python3 can import the module, and LibreOffice is installed.</summary>
    public static bool Available(string pythonModule) =>
        File.Exists(Python) && File.Exists(LibreOffice) && Run(Python, $"-c \"import {pythonModule}\"").ExitCode == 0;

    /// <summary>Runs a program to its end (at most two minutes): its exit code, and what it wrote.</summary>
    public static (int ExitCode, string Output) Run(string file, string arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
        }
        return (process.ExitCode, output.Result + errors.Result);
    }

    /// <summary>LibreOffice converting a file headless into <paramref name="folder"/> (its own profile there).</summary>
    public static (int ExitCode, string Output) Convert(string file, string format, string folder) =>
        Run(LibreOffice, $"--headless --norestore --convert-to {format} --outdir {folder} {file}", ("HOME", folder));
}
