namespace Wuzhong.Infrastructure.Import;

/// <summary>Configuration section <c>Import</c>: where the reference data and the bundled plan are.</summary>
public sealed class ImportOptions
{
    public const string SectionName = "Import";

    /// <summary>
    /// The folder of departments.json, districts.json and leaders.json (for <see cref="ReferenceIssuer"/>), and of one
    /// folder of the same files for each other issuer, named as the issuer signs (data/reference/苏州市吴江区人民政府/).
    /// </summary>
    public string ReferenceFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "data", "reference");

    /// <summary>The issuer whose names the reference folder's own files hold.</summary>
    public string ReferenceIssuer { get; set; } = ReferenceData.DefaultIssuer;

    /// <summary>The plan loaded when the server starts on an empty database; empty to load none.</summary>
    public string BundledPlan { get; set; } = Path.Combine(AppContext.BaseDirectory, "data", "plans", "wuzhong-2023.txt");
}
