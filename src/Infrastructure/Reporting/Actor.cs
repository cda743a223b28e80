namespace Wuzhong.Infrastructure.Reporting;

/// <summary>Who is asking: a name, roles, and for a reporter the departments it reports for (canonical names).</summary>
public sealed record Actor(string Name, IReadOnlySet<string> Roles, IReadOnlyList<string> Departments)
{
    public bool IsSupervisor => Roles.Contains(Role.Supervisor) || Roles.Contains(Role.Admin);

    public bool CanReport => IsSupervisor || Roles.Contains(Role.Reporter);

    public static Actor System(string name) => new(name, new HashSet<string> { Role.Admin }, []);
}
