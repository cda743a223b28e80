using System.Text;
using Wuzhong.Api.Reminders;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.Infrastructure.Reminders;

namespace Wuzhong.Api.Tests.Reporting;

public sealed class ReminderMessageTests
{
    private static UnitToRemind Unit(string name, params int[] tasks) =>
        new(new Department { Name = name }, [.. tasks.Select(n => new WorkTask { Number = n, Text = "…" })]);

    [Fact]
    public void The_message_names_each_unit_with_its_tasks()
    {
        var content = ReminderMessage.Content("2023-06", new DateOnly(2023, 6, 25), 3, [Unit("资规分局", 1, 5), Unit("工信局", 12)]);

        Assert.Equal("【工作任务进度报送提醒】2023年6月进度报送截止日期为6月25日（还有3天），以下2个单位尚未报送：\n资规分局：(1)、(5)\n工信局：(12)\n请于截止日期前在系统中报送。", content);
    }

    [Fact]
    public void A_long_list_stays_within_what_a_robot_takes_and_says_how_many_more()
    {
        var units = Enumerable.Range(1, 200).Select(i => Unit($"单位{i:D3}", i, i + 1, i + 2)).ToList();

        var content = ReminderMessage.Content("2023-06", new DateOnly(2023, 6, 25), 0, units);

        Assert.True(Encoding.UTF8.GetByteCount(content) <= ReminderMessage.MaxContentBytes);
        Assert.Contains("（今天截止）", content);
        Assert.Matches(@"另有\d+个单位尚未报送，详见督查看板。$", content);
        var listed = content.Split('\n').Count(line => line.StartsWith("单位", StringComparison.Ordinal));
        Assert.Contains($"另有{200 - listed}个单位", content);
    }
}
