using Microsoft.EntityFrameworkCore;
using Wuzhong.Domain.Plans;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Infrastructure.Analytics;

/// <summary>
/// The monthly compliance table (督查通报): for one period, every report expected (a task and a department
/// responsible for it), whether it came on time, late, or not at all, counted per department, leader or district
/// in one statement, and ranked by on-time rate.
/// </summary>
public sealed class ComplianceReport(WuzhongDbContext db)
{
    private sealed class Expectation
    {
        public int Key { get; set; }
        public bool OnTime { get; set; }
        public bool Late { get; set; }
    }

    public async Task<List<ComplianceResult>> ForPeriodAsync(IQueryable<WorkTask> tasks, int periodId, ComplianceDimension dimension, CancellationToken cancellationToken)
    {
        var pairs = tasks.SelectMany(t => db.TaskDepartments.Where(l => l.WorkTaskId == t.Id), (t, l) => new { TaskId = t.Id, l.DepartmentId });
        var keyed = dimension switch
        {
            ComplianceDimension.Leader => pairs.SelectMany(p => db.TaskLeaders.Where(x => x.WorkTaskId == p.TaskId), (p, x) => new { p.TaskId, p.DepartmentId, Key = x.LeaderId }),
            ComplianceDimension.District => pairs.SelectMany(p => db.TaskDistricts.Where(x => x.WorkTaskId == p.TaskId), (p, x) => new { p.TaskId, p.DepartmentId, Key = x.DistrictId }),
            _ => pairs.Select(p => new { p.TaskId, p.DepartmentId, Key = p.DepartmentId }),
        };
        var counts = keyed
            .Select(p => new Expectation
            {
                Key = p.Key,
                OnTime = db.ReportFacts.Any(f => f.WorkTaskId == p.TaskId && f.DepartmentId == p.DepartmentId && f.ReportPeriodId == periodId && !f.SubmittedLate),
                Late = db.ReportFacts.Any(f => f.WorkTaskId == p.TaskId && f.DepartmentId == p.DepartmentId && f.ReportPeriodId == periodId && f.SubmittedLate),
            })
            .GroupBy(e => e.Key)
            .Select(g => new { Key = g.Key, Expected = g.Count(), OnTime = g.Count(e => e.OnTime), Late = g.Count(e => e.Late) });

        // The key is a department's, a leader's or a district's id; the other two joins find nothing.
        var (departmentKey, leaderKey, districtKey) = (dimension == ComplianceDimension.Department, dimension == ComplianceDimension.Leader, dimension == ComplianceDimension.District);
        var rows = await (
                from c in counts
                join department in db.Departments on (departmentKey ? c.Key : -1) equals department.Id into departments
                from department in departments.DefaultIfEmpty()
                join leader in db.Leaders on (leaderKey ? c.Key : -1) equals leader.Id into leaders
                from leader in leaders.DefaultIfEmpty()
                join district in db.Districts on (districtKey ? c.Key : -1) equals district.Id into districts
                from district in districts.DefaultIfEmpty()
                select new ComplianceResult { KeyId = c.Key, Expected = c.Expected, OnTime = c.OnTime, Late = c.Late, Department = department, Leader = leader, District = district })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        // Best first; equal rates share a rank (1, 2, 2, 4).
        var ranked = rows.OrderByDescending(r => r.OnTimeRate).ThenByDescending(r => r.Expected).ThenBy(r => r.KeyId).ToList();
        for (var i = 0; i < ranked.Count; i++)
        {
            ranked[i].Rank = i > 0 && ranked[i].OnTimeRate == ranked[i - 1].OnTimeRate ? ranked[i - 1].Rank : i + 1;
        }
        return ranked;
    }
}
