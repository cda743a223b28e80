using Microsoft.EntityFrameworkCore;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Analytics;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Infrastructure.Reminders;

/// <summary>
/// Who to remind for a period: every unit (collective entries aside) that owes a report it has not sent, pending or
/// missing, as the compliance table counts them (<see cref="ComplianceReport.ExpectedAsync"/>); and the claim that
/// lets one process of many send a reminder.
/// </summary>
public sealed class ReportingReminders(WuzhongDbContext db, ComplianceReport compliance, TimeProvider clock)
{
    public async Task<List<UnitToRemind>> UnitsAsync(int year, int month, CancellationToken cancellationToken)
    {
        var key = MonthKey.Of(year, month);
        var owed = (await compliance.ExpectedAsync(db.WorkTasks.AsNoTracking(), key, key, ComplianceDimension.Department, ComplianceScope.Units, cancellationToken))
            .Where(r => r.State is ComplianceState.Pending or ComplianceState.Missing).ToList();
        var departmentIds = owed.Select(r => r.DepartmentId).Distinct().ToList();
        var taskIds = owed.Select(r => r.TaskId).Distinct().ToList();
        var departments = await db.Departments.AsNoTracking().Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        var tasks = await db.WorkTasks.AsNoTracking().Where(t => taskIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        // In the order of each unit's first task owed, as the plan lists them.
        return [.. owed.GroupBy(r => r.DepartmentId)
            .Select(g => new UnitToRemind(departments[g.Key], [.. g.Select(r => r.TaskId).Distinct().Select(id => tasks[id])]))];
    }

    /// <summary>Whether a process has claimed the reminder already.</summary>
    public Task<bool> IsClaimedAsync(string key, CancellationToken cancellationToken) =>
        db.ReminderDispatches.AsNoTracking().AnyAsync(d => d.Key == key, cancellationToken);

    /// <summary>Claims a reminder for this process; false when another process (or this one) claimed it before.</summary>
    public async Task<bool> ClaimAsync(string key, CancellationToken cancellationToken)
    {
        if (await IsClaimedAsync(key, cancellationToken))
        {
            return false;
        }
        db.ReminderDispatches.Add(new ReminderDispatch
        {
            Key = key, ClaimedAt = clock.GetUtcNow(), ClaimedBy = $"{Environment.MachineName}/{Environment.ProcessId}",
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another process inserted the key between the look and the insert: it sends, this one does not.
            db.ChangeTracker.Clear();
            if (await IsClaimedAsync(key, cancellationToken))
            {
                return false;
            }
            throw;
        }
    }
}
