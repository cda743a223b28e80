namespace Wuzhong.Infrastructure.Analytics;

/// <summary>Who a compliance table ranks: departments, the leaders in charge, or the districts concerned.</summary>
public enum ComplianceDimension
{
    Department,
    Leader,
    District,

    /// <summary>Each period of the range: how the reports due in it came in.</summary>
    Period,
}
