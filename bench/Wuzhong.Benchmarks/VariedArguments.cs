namespace Wuzhong.Benchmarks;

/// <summary>Departments and towns of the 2023 plan, paired differently on every request.</summary>
public static class VariedArguments
{
    private static readonly string[] Departments = ["资规分局", "水务局", "发改委", "工信局", "住建局", "交运局", "农业农村局", "生态环境局", "商务局", "科技局", "文体旅局"];
    private static readonly string[] Districts = ["金庭镇", "东山镇", "光福镇", "临湖镇", "甪直镇", "木渎镇", "胥口镇", "越溪街道", "横泾街道", "香山街道", "城南街道", "长桥街道", "郭巷街道", "度假区", "经开区", "高新区", "太湖新城"];

    public static (string Department, string District) Pick(int round) =>
        (Departments[round % Departments.Length], Districts[round / Departments.Length % Districts.Length]);
}
