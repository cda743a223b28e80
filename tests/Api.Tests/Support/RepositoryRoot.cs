namespace Wuzhong.Api.Tests.Support;

/// <summary>The repository's root folder (where Wuzhong.sln is), found from the test output folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Wuzhong.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("Wuzhong.sln not found above " + AppContext.BaseDirectory);
    }
}
