namespace Wuzhong.Domain.Organisation;

public enum DepartmentKind
{
    GovernmentBody,
    StateOwnedEnterprise,
    PublicInstitution,
    PeoplesOrganisation,

    /// <summary>A collective entry such as 各部门、单位 that stands for many units.</summary>
    Collective,
}
