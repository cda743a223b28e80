-- headline-varied: the headline question for a department and town pgbench picks on every transaction.
\set d random(1, 11)
\set x random(1, 17)
SELECT t.number, t.text,
       (SELECT coalesce(json_agg(d.name ORDER BY td.ordinal), '[]'::json)
          FROM task_department td JOIN department d ON d.id = td.department_id
         WHERE td.task_id = t.id AND td.is_lead) AS lead_departments
  FROM work_task t
 WHERE EXISTS (SELECT 1 FROM task_department td JOIN department d ON d.id = td.department_id
                WHERE td.task_id = t.id
                  AND d.name = (ARRAY['资规分局','水务局','发改委','工信局','住建局','交运局','农业农村局','生态环境局','商务局','科技局','文体旅局'])[:d])
   AND EXISTS (SELECT 1 FROM task_district tx JOIN district x ON x.id = tx.district_id
                WHERE tx.task_id = t.id
                  AND x.name = (ARRAY['金庭镇','东山镇','光福镇','临湖镇','甪直镇','木渎镇','胥口镇','越溪街道','横泾街道','香山街道','城南街道','长桥街道','郭巷街道','度假区','经开区','高新区','太湖新城'])[:x])
 ORDER BY t.number, t.id;
