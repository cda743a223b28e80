using Wuzhong.Domain.Organisation;

namespace Wuzhong.Domain.Access;

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

    /// <summary>
    /// Whether a reporter reports for <paramref name="department"/>: one of its departments, of its government
    /// (<paramref name="issuerId"/>, resolved from <see cref="Issuer"/>): a name alone would match every issuer's 人社局.
    /// </summary>
    public bool ReportsFor(Department department, int? issuerId) => Departments.Contains(department.Name) && department.IssuerId == issuerId;

    public static Actor System(string name) => new(name, new HashSet<string> { Role.Admin }, []);
}
