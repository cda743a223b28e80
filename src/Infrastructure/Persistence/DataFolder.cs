using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Wuzhong.Infrastructure.Persistence;

/// <summary>Where the app keeps its files (the embedded database, a generated signing key): <c>Storage:DataFolder</c>, else App_Data.</summary>
public static class DataFolder
{
    public static string Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var folder = configuration["Storage:DataFolder"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, environment.ContentRootPath)
            : Path.Combine(environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
