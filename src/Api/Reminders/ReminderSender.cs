using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wuzhong.Domain.Auditing;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Persistence;
using Wuzhong.Infrastructure.Reminders;

namespace Wuzhong.Api.Reminders;

/// <summary>
/// Posts the reminders of the open period to <see cref="ReminderOptions.WebhookUrl"/>: on each day
/// <see cref="ReminderOptions.DaysBefore"/> before the due date and on the due date itself, from
/// <see cref="ReminderOptions.SendAt"/> (Asia/Shanghai), the units that have not reported yet. Each reminder is claimed
/// in the database first (<see cref="ReportingReminders.ClaimAsync"/>), so that of several server processes one sends
/// it, once; what came of it is written to the audit log (action <c>sendReminder</c>). A day the server was down is
/// not made up later: a reminder after its day would mislead.
/// </summary>
public sealed class ReminderSender(IServiceScopeFactory scopes, IHttpClientFactory http, IOptions<ReminderOptions> options, TimeProvider clock,
    ReportingCalendar calendar, ILogger<ReminderSender> logger) : BackgroundService
{
    public const string Action = "sendReminder";
    public const string HttpClientName = "reminders";
    private const int Attempts = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.WebhookUrl))
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.CheckIntervalSeconds)));
        do
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The database may be down for a moment: the next tick tries again (the claim makes it safe).
                logger.LogWarning(e, "Reminders could not be checked; trying again at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Sends today's reminder of the current period, if today is a reminder day, it is time, and no process has sent it.</summary>
    public async Task SendDueAsync(CancellationToken cancellationToken)
    {
        var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), calendar.TimeZone);
        var today = DateOnly.FromDateTime(now.DateTime);
        if (TimeOnly.FromDateTime(now.DateTime) < options.Value.SendAt)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WuzhongDbContext>();
        var period = await db.ReportPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Year == today.Year && p.Month == today.Month, cancellationToken);
        if (period is null || period.IsClosed)
        {
            return;
        }
        var daysLeft = period.DueDate.DayNumber - today.DayNumber;
        if (daysLeft != 0 && !options.Value.DaysBefore.Contains(daysLeft))
        {
            return;
        }
        var reminders = scope.ServiceProvider.GetRequiredService<ReportingReminders>();
        var key = $"{period.Label}/{daysLeft}";
        // Checked every minute for the rest of the day: once the day's reminder is claimed, nothing more is read.
        if (await reminders.IsClaimedAsync(key, cancellationToken))
        {
            return;
        }
        var units = await reminders.UnitsAsync(period.Year, period.Month, cancellationToken);
        if (units.Count == 0 || !await reminders.ClaimAsync(key, cancellationToken))
        {
            return;
        }
        var content = ReminderMessage.Content(period.Label, period.DueDate, daysLeft, units);
        var outcome = await PostAsync(ReminderMessage.Body(content), cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(), Actor = "reminders", Roles = "system", Action = Action,
            Input = System.Text.Json.JsonSerializer.Serialize(new { period = period.Label, daysLeft, units = units.Count, webhook = new Uri(options.Value.WebhookUrl!).Host }),
            Outcome = outcome is null ? AuditOutcome.Accepted : AuditOutcome.RejectedPrefix + outcome,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Posts the body, trying again twice on a failure; null when it was delivered, else what went wrong.</summary>
    private async Task<string?> PostAsync(string body, CancellationToken cancellationToken)
    {
        string? failure = null;
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                using var response = await http.CreateClient(HttpClientName).PostAsync(options.Value.WebhookUrl,
                    new StringContent(body, Encoding.UTF8, "application/json"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return null;
                }
                failure = $"WEBHOOK_FAILED ({(int)response.StatusCode})";
            }
            catch (HttpRequestException e)
            {
                failure = $"WEBHOOK_FAILED ({e.HttpRequestError})";
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                failure = "WEBHOOK_FAILED (timeout)";
            }
            logger.LogWarning("Reminder webhook attempt {Attempt} failed: {Failure}", attempt, failure);
            await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
        }
        return failure;
    }
}
