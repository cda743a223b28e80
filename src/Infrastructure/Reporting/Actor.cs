namespace Wuzhong.Infrastructure.Reporting;

/// <summary>
/// Who is asking: a name, roles, and for a reporter the departments it reports for (canonical names) of its issuer:
/// <see cref="Issuer"/>, or the reference data's issuer (苏州市吴中区人民政府) for a token that names none.
/// </summary>
public sealed record Actor(string Name, IReadOnlySet<string> Roles, IReadOnlyList<string> Departments)
{
    /// <summary>The government whose departments the token names; null: the reference data's issuer.</summary>
    public string? Issuer { get; init; }

    public bool IsSupervisor => Roles.Contains(Role.Supervisor) || Roles.Contains(Role.Admin);

    public bool CanReport => IsSupervisor || Roles.Contains(Role.Reporter);

    public static Actor System(string name) => new(name, new HashSet<string> { Role.Admin }, []);
}
