namespace Wuzhong.Domain.Organisation;

public enum DistrictKind
{
    DevelopmentZone,
    NewTown,
    Town,
    Subdistrict,

    /// <summary>An entry such as 各镇 or 各镇（街道） that stands for its members.</summary>
    Collective,
}
