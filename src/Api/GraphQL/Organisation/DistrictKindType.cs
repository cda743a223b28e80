using GraphQL.Types;
using Wuzhong.Domain.Organisation;

namespace Wuzhong.Api.GraphQL.Organisation;

public sealed class DistrictKindType : EnumerationGraphType<DistrictKind>
{
    public DistrictKindType()
    {
        Name = "DistrictKind";
        Description = "What kind of area a responsible district (板块) is.";
        Values.FindByValue(DistrictKind.DevelopmentZone)!.Description = "A development zone (经开区, 高新区, 度假区).";
        Values.FindByValue(DistrictKind.NewTown)!.Description = "The new town (太湖新城).";
        Values.FindByValue(DistrictKind.Town)!.Description = "A town (镇).";
        Values.FindByValue(DistrictKind.Subdistrict)!.Description = "A street (街道).";
        Values.FindByValue(DistrictKind.Collective)!.Description = "A collective entry (各镇, 各镇（街道）): its members are the districts it stands for.";
    }
}
