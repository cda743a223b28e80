namespace Wuzhong.Infrastructure.Tests.Persistence;

/// <summary>
/// A snapshot kept as a plain text file (a SQL script reads better as SQL than inside JSON). As with Snapshooter,
/// a missing snapshot is written, except under SNAPSHOOTER_STRICT_MODE=true (CI), where it fails the test.
/// </summary>
public static class TextSnapshot
{
    public static void Match(string name, string actual, string whenDifferent, [System.Runtime.CompilerServices.CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerFile)!, "__snapshots__");
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE"), "true", StringComparison.OrdinalIgnoreCase),
                $"the snapshot {path} is missing (strict mode)");
            Directory.CreateDirectory(folder);
            File.WriteAllText(path, actual);
            return;
        }
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            File.WriteAllText(Path.Combine(folder, name + ".mismatch"), actual);
            Assert.Fail($"{name}: {whenDifferent} (the new text is in {name}.mismatch)");
        }
    }
}
