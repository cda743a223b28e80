namespace Wuzhong.Infrastructure.Analytics;

/// <summary>
/// Which expected reports a compliance table counts. <paramref name="Lead"/>: only those of lead (★) departments (true)
/// or of supporting ones (false), else both. <paramref name="Collective"/>: those of collective entries (各部门、单位,
/// 各国资公司 …), which stand for many units and are ranked apart (true), or those of the units (false, the default).
/// </summary>
public sealed record ComplianceScope(bool? Lead = null, bool Collective = false)
{
    public static ComplianceScope Units { get; } = new();
}
