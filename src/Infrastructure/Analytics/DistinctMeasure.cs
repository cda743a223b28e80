namespace Wuzhong.Infrastructure.Analytics;

/// <summary>The distinct counts an aggregate can give: of departments, districts or leaders named by its tasks.</summary>
public enum DistinctMeasure
{
    Departments,
    Districts,
    Leaders,
}
