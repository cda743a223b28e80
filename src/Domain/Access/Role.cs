namespace Wuzhong.Domain.Access;

/// <summary>The roles a token can carry.</summary>
public static class Role
{
    /// <summary>Reads.</summary>
    public const string Viewer = "viewer";

    /// <summary>Reports for the tasks of its departments.</summary>
    public const string Reporter = "reporter";

    /// <summary>Reports for any department, closes periods, reads the audit log.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>Everything a supervisor does, and imports and migrations.</summary>
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Viewer, Reporter, Supervisor, Admin];
}
