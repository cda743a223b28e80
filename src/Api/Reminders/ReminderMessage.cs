using System.Text;
using System.Text.Json;
using Wuzhong.Infrastructure.Reminders;

namespace Wuzhong.Api.Reminders;

/// <summary>
/// The text a reminder posts, as group robots take it: WeCom's and DingTalk's webhooks both accept
/// <c>{"msgtype":"text","text":{"content":"…"}}</c>. WeCom takes at most 2,048 bytes of content, so a long list ends with
/// how many more units there are.
/// </summary>
public static class ReminderMessage
{
    public const int MaxContentBytes = 2048;

    public static string Content(string period, DateOnly dueDate, int daysLeft, IReadOnlyList<UnitToRemind> units)
    {
        var when = daysLeft == 0 ? "今天截止" : $"还有{daysLeft}天";
        var head = $"【工作任务进度报送提醒】{period[..4]}年{int.Parse(period[5..], System.Globalization.CultureInfo.InvariantCulture)}月进度报送截止日期为" +
            $"{dueDate.Month}月{dueDate.Day}日（{when}），以下{units.Count}个单位尚未报送：";
        var content = new StringBuilder(head);
        for (var i = 0; i < units.Count; i++)
        {
            var line = $"\n{units[i].Department.Name}：{string.Join('、', units[i].Tasks.Select(t => $"({t.Number})"))}";
            var rest = $"\n另有{units.Count - i}个单位尚未报送，详见督查看板。";
            if (Encoding.UTF8.GetByteCount(content.ToString() + line + rest) > MaxContentBytes)
            {
                return content.Append(rest).ToString();
            }
            content.Append(line);
        }
        return content.Append("\n请于截止日期前在系统中报送。").ToString();
    }

    /// <summary>The JSON body, Chinese written as is (UTF-8), not as \u escapes.</summary>
    public static string Body(string content) => JsonSerializer.Serialize(new { msgtype = "text", text = new { content } }, Json);

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
