using Microsoft.EntityFrameworkCore;
using Wuzhong.Domain.Access;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Analytics;
using Wuzhong.Infrastructure.Auditing;
using Wuzhong.Infrastructure.Changes;
using Wuzhong.Infrastructure.Persistence;
using Codes = Wuzhong.Domain.Reporting.ReportingErrorCodes;

namespace Wuzhong.Infrastructure.Reporting;

/// <summary>
/// Takes progress and target reports and closes periods. Each command checks every rule first and writes nothing
/// when one fails; an accepted report is written with its audit entry and the analytics projection in one
/// transaction. Two submissions racing for one task, department and period get consecutive revisions: the unique
/// index refuses a duplicate number and the loser retries.
/// </summary>
public sealed class ReportingService(WuzhongDbContext db, ProgressProjection projection, AuditLog audit, ChangeRecorder changes,
    ReportingCalendar calendar, ReportingOptions options, TimeProvider clock)
{
    public Task<ReportingResult<ProgressReport>> SubmitProgressAsync(Actor actor, SubmitProgressReport command, CancellationToken cancellationToken) =>
        SubmitAsync(actor, "submitProgressReport", command, "task", "taskId",
            violations => CheckProgressAsync(actor, command, violations, cancellationToken),
            report => AfterProgressWrittenAsync(report, cancellationToken), cancellationToken);

    public Task<ReportingResult<TargetReport>> SubmitTargetAsync(Actor actor, SubmitTargetReport command, CancellationToken cancellationToken) =>
        SubmitAsync(actor, "submitTargetReport", command, "target", "targetId",
            violations => CheckTargetAsync(actor, command, violations, cancellationToken),
            report => AfterTargetWrittenAsync(report, cancellationToken), cancellationToken);

    /// <summary>Every rule of a progress report; the report to write once the task's lock is held, or null (violations say why).</summary>
    private async Task<PendingReport<ProgressReport>?> CheckProgressAsync(Actor actor, SubmitProgressReport command, List<RuleViolation> violations,
        CancellationToken cancellationToken)
    {
        var task = command.TaskId is { } taskId
            ? await db.WorkTasks.IgnoreQueryFilters().Include(t => t.Plan).Include(t => t.Departments).ThenInclude(l => l.Department)
                .SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken)
            : null;
        if (task is null)
        {
            violations.Add(new(Codes.TaskNotFound, "No task has this id.", "taskId"));
        }
        else if (task.WithdrawnAt is { } withdrawn)
        {
            // Said as such: "not found" or "not responsible" would send the department looking for a mistake of theirs.
            violations.Add(new(Codes.TaskWithdrawn,
                $"The task was withdrawn from its plan by an amendment ({withdrawn:yyyy-MM-dd}); it takes no more reports.", "taskId"));
            return null;
        }
        var responsible = task?.Departments.Select(l => l.Department!).ToList() ?? [];
        var department = await ResolveDepartmentAsync(actor, command.DepartmentId, responsible, task is not null, violations, cancellationToken);
        var period = await ResolvePeriodAsync(command.Period, violations, cancellationToken);
        if (period is not null && task is not null)
        {
            violations.AddRange(ReportingRules.CheckPlanYear(period, task.Plan!.Year, "task"));
        }
        violations.AddRange(ReportingRules.CheckProgress(command.Submission, options.MaxSummaryLength));
        if (violations.Count > 0)
        {
            return null;
        }
        return new PendingReport<ProgressReport>(ProgressLockSpace, task!.Id, async now =>
        {
            var revision = 1 + (await db.ProgressReports
                .Where(r => r.WorkTaskId == task.Id && r.DepartmentId == department!.Id && r.ReportPeriodId == period!.Id)
                .MaxAsync(r => (int?)r.Revision, cancellationToken) ?? 0);
            return new ProgressReport
            {
                WorkTaskId = task.Id, DepartmentId = department!.Id, ReportPeriodId = period!.Id,
                Status = command.Submission.Status, ProgressPercent = command.Submission.ProgressPercent,
                Summary = ReportingRules.TrimOuterSpace(command.Submission.Summary), QuantityReached = command.Submission.QuantityReached,
                SubmittedAt = now, IsLate = calendar.IsLate(period, now), Revision = revision, SubmittedBy = actor.Name,
            };
        });
    }

    /// <summary>What follows from an accepted progress report, in its transaction: the task's projection and the change feed.</summary>
    private async Task AfterProgressWrittenAsync(ProgressReport report, CancellationToken cancellationToken)
    {
        await projection.RefreshTaskAsync(report.WorkTaskId, cancellationToken);
        await changes.RecordAsync(new DataChange
        {
            Kind = ChangeKind.ProgressReportSubmitted, ReportId = report.Id, WorkTaskId = report.WorkTaskId,
            DepartmentId = report.DepartmentId, ReportPeriodId = report.ReportPeriodId,
        }, cancellationToken);
    }

    /// <summary>Every rule of a target report; the report to write once the target's lock is held, or null (violations say why).</summary>
    private async Task<PendingReport<TargetReport>?> CheckTargetAsync(Actor actor, SubmitTargetReport command, List<RuleViolation> violations,
        CancellationToken cancellationToken)
    {
        var target = command.TargetId is { } targetId
            ? await db.Targets.Include(t => t.Plan).Include(t => t.Departments).ThenInclude(l => l.Department).SingleOrDefaultAsync(t => t.Id == targetId, cancellationToken)
            : null;
        if (target is null)
        {
            violations.Add(new(Codes.TargetNotFound, "No target has this id.", "targetId"));
        }
        var responsible = target?.Departments.Select(l => l.Department!).ToList() ?? [];
        var department = await ResolveDepartmentAsync(actor, command.DepartmentId, responsible, target is not null, violations, cancellationToken);
        var period = await ResolvePeriodAsync(command.Period, violations, cancellationToken);
        if (period is not null && target is not null)
        {
            violations.AddRange(ReportingRules.CheckPlanYear(period, target.Plan!.Year, "target"));
        }
        violations.AddRange(ReportingRules.CheckFigure(command.ActualValue, "actualValue"));
        violations.AddRange(ReportingRules.CheckSummary(command.Summary, options.MaxSummaryLength));
        if (violations.Count > 0)
        {
            return null;
        }
        return new PendingReport<TargetReport>(TargetLockSpace, target!.Id, async now =>
        {
            var revision = 1 + (await db.TargetReports
                .Where(r => r.TargetId == target.Id && r.DepartmentId == department!.Id && r.ReportPeriodId == period!.Id)
                .MaxAsync(r => (int?)r.Revision, cancellationToken) ?? 0);
            return new TargetReport
            {
                TargetId = target.Id, DepartmentId = department!.Id, ReportPeriodId = period!.Id, ActualValue = command.ActualValue,
                Summary = ReportingRules.TrimOuterSpace(command.Summary), SubmittedAt = now, IsLate = calendar.IsLate(period, now), Revision = revision, SubmittedBy = actor.Name,
            };
        });
    }

    /// <summary>What follows from an accepted target report, in its transaction: the change feed.</summary>
    private Task AfterTargetWrittenAsync(TargetReport report, CancellationToken cancellationToken) =>
        changes.RecordAsync(new DataChange
        {
            Kind = ChangeKind.TargetReportSubmitted, ReportId = report.Id, TargetId = report.TargetId,
            DepartmentId = report.DepartmentId, ReportPeriodId = report.ReportPeriodId,
        }, cancellationToken);

    /// <summary>A report that passed every rule: the lock that orders its revision, and how to write it once the lock is held.</summary>
    private sealed record PendingReport<TReport>(int LockSpace, int LockKey, Func<DateTimeOffset, Task<TReport>> CreateAsync);

    /// <summary>
    /// The one submission procedure of both kinds of report: check (the caller's rules fill the violations), audit a
    /// rejection, or take the subject's lock, number the revision, write the report, its audit entry and what follows
    /// from it in one transaction; retry when a concurrent submission took the revision number.
    /// </summary>
    private async Task<ReportingResult<TReport>> SubmitAsync<TReport>(Actor actor, string action, object command, string subject, string subjectField,
        Func<List<RuleViolation>, Task<PendingReport<TReport>?>> check, Func<TReport, Task> afterWrite, CancellationToken cancellationToken)
        where TReport : class
    {
        for (var attempt = 0; ; attempt++)
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var violations = new List<RuleViolation>();
            var pending = await check(violations);
            if (pending is null || violations.Count > 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                await audit.WriteRejectedAsync(actor, action, command, violations, cancellationToken);
                return ReportingResult<TReport>.Rejected(violations);
            }

            await SerializeAsync(pending.LockSpace, pending.LockKey, cancellationToken);
            var report = await pending.CreateAsync(clock.GetUtcNow());
            db.Add(report);
            audit.Add(actor, action, command, []);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await afterWrite(report);
                await transaction.CommitAsync(cancellationToken);
                return ReportingResult<TReport>.Accepted(report);
            }
            catch (Exception e) when (DatabaseFaults.Classify(e) == DatabaseFault.Conflict && attempt < options.ConflictRetries)
            {
                // Another submission took this revision number first: read the new maximum and try again.
                await transaction.RollbackAsync(cancellationToken);
            }
            catch (Exception e) when (DatabaseFaults.Classify(e) == DatabaseFault.Conflict)
            {
                // Any other database error (unavailable, a value the database refuses) is not the caller's to resend
                // blindly: it propagates and the API answers it by its kind (DATABASE_UNAVAILABLE, or an internal error).
                await transaction.RollbackAsync(cancellationToken);
                var conflict = new RuleViolation(Codes.Conflict, $"Other submissions for this {subject}, department and period kept winning; send it again.", subjectField);
                await audit.WriteRejectedAsync(actor, action, command, [conflict], cancellationToken);
                return ReportingResult<TReport>.Rejected([conflict]);
            }
        }
    }

    private const int ProgressLockSpace = 0x57_5A_01;
    private const int TargetLockSpace = 0x57_5A_02;

    /// <summary>
    /// Makes submissions for one task (or target) take turns until their transaction ends, so that revisions are
    /// numbered in the order the submissions are written. SQLite needs nothing: its write transactions already take
    /// turns. The unique index and the retry stay as the last guard.
    /// </summary>
    private async Task SerializeAsync(int space, int key, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({space}, {key})", cancellationToken);
        }
        else if (db.Database.IsSqlServer())
        {
            var resource = $"wuzhong-{space}-{key}";
            await db.Database.ExecuteSqlAsync($"EXEC sp_getapplock @Resource = {resource}, @LockMode = 'Exclusive', @LockOwner = 'Transaction'", cancellationToken);
        }
    }

    /// <summary>Closes a period (supervisors): it takes no more reports.</summary>
    public async Task<ReportingResult<ReportPeriod>> ClosePeriodAsync(Actor actor, string label, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var violations = new List<RuleViolation>();
        var period = await ResolvePeriodAsync(label, violations, cancellationToken);
        if (period is { IsClosed: true })
        {
            violations.Add(new(Codes.PeriodClosed, $"The period {period.Label} is already closed.", "period"));
        }
        if (violations.Count > 0)
        {
            await audit.WriteRejectedAsync(actor, "closeReportPeriod", new { period = label }, violations, cancellationToken);
            return ReportingResult<ReportPeriod>.Rejected(violations);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        period!.IsClosed = true;
        audit.Add(actor, "closeReportPeriod", new { period = label }, []);
        await db.SaveChangesAsync(cancellationToken);
        await changes.RecordAsync(new DataChange { Kind = ChangeKind.ReportPeriodClosed, ReportPeriodId = period.Id }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ReportingResult<ReportPeriod>.Accepted(period);
    }

    /// <summary>
    /// The department the report is for: the one named (a reporter only for its own), or, when none is named,
    /// the one the caller can only mean: a reporter's single department, or the single one of its departments (or,
    /// for a supervisor, of all) responsible for the task.
    /// </summary>
    private async Task<Department?> ResolveDepartmentAsync(Actor actor, int? departmentId, List<Department> responsible, bool subjectFound,
        List<RuleViolation> violations, CancellationToken cancellationToken)
    {
        Department? department;
        // A reporter's departments are its government's: a name alone would match every issuer's 人社局.
        var government = actor.Issuer ?? Import.ReferenceData.DefaultIssuer;
        var governmentId = actor.IsSupervisor ? null
            : await db.Issuers.Where(i => i.Name == government).Select(i => (int?)i.Id).FirstOrDefaultAsync(cancellationToken);
        bool Mine(Department d) => actor.ReportsFor(d, governmentId);
        if (departmentId is { } id)
        {
            department = await db.Departments.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (department is null)
            {
                violations.Add(new(Codes.DepartmentNotFound, "No department has this id.", "departmentId"));
                return null;
            }
            if (!actor.IsSupervisor && !Mine(department))
            {
                violations.Add(new(Codes.NotYourDepartment, $"You may not report for {department.Name}.", "departmentId"));
                return null;
            }
        }
        else if (!actor.IsSupervisor && actor.Departments.Count == 1)
        {
            department = await db.Departments.SingleOrDefaultAsync(d => d.Name == actor.Departments[0] && d.IssuerId == governmentId, cancellationToken);
            if (department is null)
            {
                violations.Add(new(Codes.DepartmentNotFound, $"Your token's department {actor.Departments[0]} is unknown.", "departmentId"));
                return null;
            }
        }
        else
        {
            var candidates = actor.IsSupervisor ? responsible : responsible.Where(Mine).ToList();
            if (candidates.Count == 1)
            {
                return candidates[0];
            }
            if (subjectFound)
            {
                violations.Add(candidates.Count == 0 && !actor.IsSupervisor
                    ? new(Codes.NotResponsible, "None of your departments is responsible for this task or target.", "departmentId")
                    : new(Codes.DepartmentRequired, "Several departments could report this: name one with departmentId.", "departmentId"));
            }
            return null;
        }

        if (subjectFound && !responsible.Any(d => d.Id == department.Id))
        {
            violations.Add(new(Codes.NotResponsible, $"{department.Name} is not responsible for this task or target.", "departmentId"));
        }
        return department;
    }

    private async Task<ReportPeriod?> ResolvePeriodAsync(string label, List<RuleViolation> violations, CancellationToken cancellationToken)
    {
        if (ReportingRules.ParsePeriodLabel(label) is not var (year, month))
        {
            violations.Add(new(Codes.PeriodInvalid, $"\"{label}\" is not a period; write it as 2023-03.", "period"));
            return null;
        }
        var period = await db.ReportPeriods.SingleOrDefaultAsync(p => p.Year == year && p.Month == month, cancellationToken);
        if (period is null)
        {
            violations.Add(new(Codes.PeriodNotFound, $"There is no reporting period {ReportPeriod.FormatLabel(year, month)}.", "period"));
            return null;
        }
        violations.AddRange(ReportingRules.CheckPeriod(period, calendar, clock.GetUtcNow()));
        return period;
    }
}
