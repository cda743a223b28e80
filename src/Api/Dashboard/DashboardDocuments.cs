using Wuzhong.Infrastructure.Documents;

namespace Wuzhong.Api.Dashboard;

/// <summary>
/// The documented operations the dashboard sends (docs/operations: DashboardPlans, SupervisionDashboard,
/// DashboardReportSubmitted), embedded in this assembly and registered as trusted documents when the server starts,
/// so the page works where anonymous callers may only run registered documents
/// (<c>Security:TrustedDocumentsOnlyForAnonymous</c>). The page's build computes the same ids from the same files.
/// </summary>
public static class DashboardDocuments
{
    private const string ResourcePrefix = "Wuzhong.Api.Dashboard.Operations.";

    /// <summary>Each embedded document: its file name and its text.</summary>
    public static IReadOnlyList<(string Name, string Body)> All { get; } = Load();

    /// <summary>Registers those not registered yet (several processes starting at once register each once).</summary>
    public static async Task RegisterAsync(TrustedDocuments documents, CancellationToken cancellationToken)
    {
        foreach (var (name, body) in All)
        {
            await documents.RegisterAsync(name, body, cancellationToken);
        }
    }

    private static List<(string Name, string Body)> Load()
    {
        var assembly = typeof(DashboardDocuments).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return (name[ResourcePrefix.Length..], reader.ReadToEnd());
            })];
    }
}
