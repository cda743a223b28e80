using GraphQL.Types;
using Wuzhong.Domain.Organisation;

namespace Wuzhong.Api.GraphQL.Organisation;

public sealed class DepartmentKindType : EnumerationGraphType<DepartmentKind>
{
    public DepartmentKindType()
    {
        Name = "DepartmentKind";
        Description = "What kind of body a responsible department is.";
        Values.FindByValue(DepartmentKind.GovernmentBody)!.Description = "A body of the district government (资规分局, 发改委, 工信局 …).";
        Values.FindByValue(DepartmentKind.StateOwnedEnterprise)!.Description = "A state-owned enterprise (城投集团, 文旅集团 …).";
        Values.FindByValue(DepartmentKind.PublicInstitution)!.Description = "A public institution (投促中心, 科招中心 …).";
        Values.FindByValue(DepartmentKind.PeoplesOrganisation)!.Description = "A people's organisation (妇联, 团委, 残联, 文联).";
        Values.FindByValue(DepartmentKind.Collective)!.Description = "A collective entry standing for several bodies (各部门、单位, 各国资公司 …).";
    }
}
