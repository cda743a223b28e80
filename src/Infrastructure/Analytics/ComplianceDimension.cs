namespace Wuzhong.Infrastructure.Analytics;

/// <summary>Who a compliance table ranks: departments, the leaders in charge, or the districts concerned.</summary>
public enum ComplianceDimension
{
    Department,
    Leader,
    District,
}
