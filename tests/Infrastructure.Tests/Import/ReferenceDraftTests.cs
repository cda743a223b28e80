using Wuzhong.Domain.Organisation;
using Wuzhong.Infrastructure.Import;

namespace Wuzhong.Infrastructure.Tests.Import;

public sealed class ReferenceDraftTests
{
    [Fact]
    public void The_names_of_a_new_issuers_plan_are_written_as_reference_files_that_load_back()
    {
        const string Plan = "苏州市吴江区人民政府文件\n吴江政发〔2023〕5号\n苏州市吴江区人民政府2023年重点工作任务分解方案\n" +
            "序号\t名称\t工作任务\t主要责任部门\t主要责任板块\t分管区领导\n二、工作任务分解\n(一) 推进\n" +
            "1\t做强\t(1) 推进转型。\t★工信局、盛泽镇\t松陵街道、各镇\t王 明\n";
        var report = new ImportReport();
        var draft = new PlanAssembler(ReferenceData.Empty("苏州市吴江区人民政府")).Assemble(PlanTextReader.Read(Plan), report);
        var folder = Path.Combine(Path.GetTempPath(), "wuzhong-reference-" + Guid.NewGuid().ToString("N"));
        try
        {
            ReferenceDraft.Write(draft, ReferenceData.Empty("苏州市吴江区人民政府"), folder);
            var loaded = ReferenceData.Load(folder, "苏州市吴江区人民政府");

            Assert.Equal([("工信局", DepartmentKind.GovernmentBody)], loaded.Departments.Select(d => (d.Name, d.Kind)));
            Assert.Equal([("松陵街道", DistrictKind.Subdistrict), ("各镇", DistrictKind.Collective), ("盛泽镇", DistrictKind.Town)],
                loaded.Districts.Select(d => (d.Name, d.Kind)));
            Assert.Equal(["王明"], loaded.Leaders.Select(l => l.Name));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
