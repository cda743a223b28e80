CREATE TABLE [AuditEntries] (
    [Id] bigint NOT NULL IDENTITY,
    [At] datetimeoffset NOT NULL,
    [Actor] nvarchar(128) NOT NULL,
    [Roles] nvarchar(128) NOT NULL,
    [Action] nvarchar(64) NOT NULL,
    [Input] nvarchar(max) NOT NULL,
    [Outcome] nvarchar(512) NOT NULL,
    CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
);
GO


CREATE TABLE [DataChanges] (
    [Version] bigint NOT NULL,
    [Kind] nvarchar(32) NOT NULL,
    [CommittedAt] datetimeoffset NOT NULL,
    [WorkTaskId] int NULL,
    [DepartmentId] int NULL,
    [TargetId] int NULL,
    [ReportPeriodId] int NULL,
    [ReportId] int NULL,
    CONSTRAINT [PK_DataChanges] PRIMARY KEY ([Version])
);
GO


CREATE TABLE [DataVersions] (
    [Id] int NOT NULL,
    [Value] bigint NOT NULL,
    CONSTRAINT [PK_DataVersions] PRIMARY KEY ([Id])
);
GO


CREATE TABLE [Issuers] (
    [Id] int NOT NULL IDENTITY,
    [Name] nvarchar(128) NOT NULL,
    CONSTRAINT [PK_Issuers] PRIMARY KEY ([Id])
);
GO


CREATE TABLE [RateCounters] (
    [Budget] nvarchar(16) NOT NULL,
    [Caller] nvarchar(200) NOT NULL,
    [Minute] bigint NOT NULL,
    [Count] int NOT NULL,
    CONSTRAINT [PK_RateCounters] PRIMARY KEY ([Budget], [Caller], [Minute])
);
GO


CREATE TABLE [ReminderDispatches] (
    [Key] nvarchar(32) NOT NULL,
    [ClaimedAt] datetimeoffset NOT NULL,
    [ClaimedBy] nvarchar(128) NOT NULL,
    CONSTRAINT [PK_ReminderDispatches] PRIMARY KEY ([Key])
);
GO


CREATE TABLE [ReportPeriods] (
    [Id] int NOT NULL IDENTITY,
    [Year] int NOT NULL,
    [Month] int NOT NULL,
    [DueDate] date NOT NULL,
    [IsClosed] bit NOT NULL,
    CONSTRAINT [PK_ReportPeriods] PRIMARY KEY ([Id])
);
GO


CREATE TABLE [TrustedDocuments] (
    [Hash] nvarchar(64) NOT NULL,
    [Body] nvarchar(max) NOT NULL,
    [Name] nvarchar(256) NOT NULL,
    [RegisteredAt] datetimeoffset NOT NULL,
    CONSTRAINT [PK_TrustedDocuments] PRIMARY KEY ([Hash])
);
GO


CREATE TABLE [Departments] (
    [Id] int NOT NULL IDENTITY,
    [Name] nvarchar(64) COLLATE Chinese_PRC_CS_AS_WS NOT NULL,
    [IssuerId] int NOT NULL,
    [Aliases] nvarchar(max) NOT NULL,
    [Kind] nvarchar(32) NOT NULL,
    CONSTRAINT [PK_Departments] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Departments_Issuers_IssuerId] FOREIGN KEY ([IssuerId]) REFERENCES [Issuers] ([Id]) ON DELETE NO ACTION
);
GO


CREATE TABLE [Districts] (
    [Id] int NOT NULL IDENTITY,
    [Name] nvarchar(64) COLLATE Chinese_PRC_CS_AS_WS NOT NULL,
    [IssuerId] int NOT NULL,
    [Aliases] nvarchar(max) NOT NULL,
    [Kind] nvarchar(32) NOT NULL,
    CONSTRAINT [PK_Districts] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Districts_Issuers_IssuerId] FOREIGN KEY ([IssuerId]) REFERENCES [Issuers] ([Id]) ON DELETE NO ACTION
);
GO


CREATE TABLE [Leaders] (
    [Id] int NOT NULL IDENTITY,
    [Name] nvarchar(32) COLLATE Chinese_PRC_CS_AS_WS NOT NULL,
    [IssuerId] int NOT NULL,
    [Aliases] nvarchar(max) NOT NULL,
    CONSTRAINT [PK_Leaders] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Leaders_Issuers_IssuerId] FOREIGN KEY ([IssuerId]) REFERENCES [Issuers] ([Id]) ON DELETE NO ACTION
);
GO


CREATE TABLE [Plans] (
    [Id] int NOT NULL IDENTITY,
    [Code] nvarchar(64) NULL,
    [Title] nvarchar(256) COLLATE Chinese_PRC_CS_AS_WS NOT NULL,
    [Year] int NOT NULL,
    [Issuer] nvarchar(128) NOT NULL,
    [IssuerId] int NOT NULL,
    CONSTRAINT [PK_Plans] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Plans_Issuers_IssuerId] FOREIGN KEY ([IssuerId]) REFERENCES [Issuers] ([Id]) ON DELETE NO ACTION
);
GO


CREATE TABLE [DistrictMemberships] (
    [CollectiveId] int NOT NULL,
    [MemberId] int NOT NULL,
    CONSTRAINT [PK_DistrictMemberships] PRIMARY KEY ([CollectiveId], [MemberId]),
    CONSTRAINT [FK_DistrictMemberships_Districts_CollectiveId] FOREIGN KEY ([CollectiveId]) REFERENCES [Districts] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_DistrictMemberships_Districts_MemberId] FOREIGN KEY ([MemberId]) REFERENCES [Districts] ([Id]) ON DELETE NO ACTION
);
GO


CREATE TABLE [Sections] (
    [Id] int NOT NULL IDENTITY,
    [PlanId] int NOT NULL,
    [Ordinal] int NOT NULL,
    [Title] nvarchar(256) COLLATE Chinese_PRC_CS_AS_WS NOT NULL,
    [NumberingScope] int NOT NULL,
    CONSTRAINT [PK_Sections] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Sections_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE CASCADE
);
GO


CREATE TABLE [Targets] (
    [Id] int NOT NULL IDENTITY,
    [PlanId] int NOT NULL,
    [Number] int NOT NULL,
    [Name] nvarchar(128) COLLATE Chinese_PRC_CS_AS_WS NOT NULL,
    [Text] nvarchar(1000) NOT NULL,
    CONSTRAINT [PK_Targets] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Targets_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE CASCADE
);
GO


CREATE TABLE [TaskGroups] (
    [Id] int NOT NULL IDENTITY,
    [SectionId] int NOT NULL,
    [Number] int NOT NULL,
    [Name] nvarchar(256) COLLATE Chinese_PRC_CS_AS_WS NOT NULL,
    CONSTRAINT [PK_TaskGroups] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_TaskGroups_Sections_SectionId] FOREIGN KEY ([SectionId]) REFERENCES [Sections] ([Id]) ON DELETE CASCADE
);
GO


CREATE TABLE [TargetDepartments] (
    [TargetId] int NOT NULL,
    [DepartmentId] int NOT NULL,
    [IsLead] bit NOT NULL,
    [Position] int NOT NULL,
    CONSTRAINT [PK_TargetDepartments] PRIMARY KEY ([TargetId], [DepartmentId]),
    CONSTRAINT [FK_TargetDepartments_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_TargetDepartments_Targets_TargetId] FOREIGN KEY ([TargetId]) REFERENCES [Targets] ([Id]) ON DELETE CASCADE
);
GO


CREATE TABLE [TargetDistricts] (
    [TargetId] int NOT NULL,
    [DistrictId] int NOT NULL,
    [Position] int NOT NULL,
    CONSTRAINT [PK_TargetDistricts] PRIMARY KEY ([TargetId], [DistrictId]),
    CONSTRAINT [FK_TargetDistricts_Districts_DistrictId] FOREIGN KEY ([DistrictId]) REFERENCES [Districts] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_TargetDistricts_Targets_TargetId] FOREIGN KEY ([TargetId]) REFERENCES [Targets] ([Id]) ON DELETE CASCADE
);
GO


CREATE TABLE [TargetLeaders] (
    [TargetId] int NOT NULL,
    [LeaderId] int NOT NULL,
    [Position] int NOT NULL,
    CONSTRAINT [PK_TargetLeaders] PRIMARY KEY ([TargetId], [LeaderId]),
    CONSTRAINT [FK_TargetLeaders_Leaders_LeaderId] FOREIGN KEY ([LeaderId]) REFERENCES [Leaders] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_TargetLeaders_Targets_TargetId] FOREIGN KEY ([TargetId]) REFERENCES [Targets] ([Id]) ON DELETE CASCADE
);
GO


CREATE TABLE [TargetReports] (
    [Id] int NOT NULL IDENTITY,
    [TargetId] int NOT NULL,
    [DepartmentId] int NOT NULL,
    [ReportPeriodId] int NOT NULL,
    [ActualValue] decimal(18,4) NOT NULL,
    [Summary] nvarchar(max) NOT NULL,
    [SubmittedAt] datetimeoffset NOT NULL,
    [IsLate] bit NOT NULL,
    [Revision] int NOT NULL,
    [SubmittedBy] nvarchar(128) NOT NULL,
    CONSTRAINT [PK_TargetReports] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_TargetReports_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_TargetReports_ReportPeriods_ReportPeriodId] FOREIGN KEY ([ReportPeriodId]) REFERENCES [ReportPeriods] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_TargetReports_Targets_TargetId] FOREIGN KEY ([TargetId]) REFERENCES [Targets] ([Id]) ON DELETE NO ACTION
);
GO


CREATE TABLE [WorkTasks] (
    [Id] int NOT NULL IDENTITY,
    [PlanId] int NOT NULL,
    [SectionId] int NOT NULL,
    [GroupId] int NOT NULL,
    [Number] int NOT NULL,
    [Text] nvarchar(4000) COLLATE Chinese_PRC_CS_AS_WS NOT NULL,
    [WithdrawnAt] datetimeoffset NULL,
    CONSTRAINT [PK_WorkTasks] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_WorkTasks_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_WorkTasks_Sections_SectionId] FOREIGN KEY ([SectionId]) REFERENCES [Sections] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_WorkTasks_TaskGroups_GroupId] FOREIGN KEY ([GroupId]) REFERENCES [TaskGroups] ([Id]) ON DELETE NO ACTION
);
GO


CREATE TABLE [Goals] (
    [Id] int NOT NULL IDENTITY,
    [WorkTaskId] int NULL,
    [TargetId] int NULL,
    [Number] int NOT NULL,
    [Name] nvarchar(256) NOT NULL,
    [Value] decimal(18,4) NOT NULL,
    [Unit] nvarchar(16) NOT NULL,
    [Comparison] nvarchar(32) NOT NULL,
    [Text] nvarchar(512) NOT NULL,
    CONSTRAINT [PK_Goals] PRIMARY KEY ([Id]),
    CONSTRAINT [CK_Goals_OneOwner] CHECK (("WorkTaskId" IS NULL AND "TargetId" IS NOT NULL) OR ("WorkTaskId" IS NOT NULL AND "TargetId" IS NULL)),
    CONSTRAINT [FK_Goals_Targets_TargetId] FOREIGN KEY ([TargetId]) REFERENCES [Targets] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_Goals_WorkTasks_WorkTaskId] FOREIGN KEY ([WorkTaskId]) REFERENCES [WorkTasks] ([Id]) ON DELETE CASCADE
);
GO


CREATE TABLE [ProgressReports] (
    [Id] int NOT NULL IDENTITY,
    [WorkTaskId] int NOT NULL,
    [DepartmentId] int NOT NULL,
    [ReportPeriodId] int NOT NULL,
    [Status] nvarchar(32) NOT NULL,
    [ProgressPercent] int NOT NULL,
    [Summary] nvarchar(max) NOT NULL,
    [QuantityReached] decimal(18,4) NULL,
    [SubmittedAt] datetimeoffset NOT NULL,
    [IsLate] bit NOT NULL,
    [Revision] int NOT NULL,
    [SubmittedBy] nvarchar(128) NOT NULL,
    CONSTRAINT [PK_ProgressReports] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_ProgressReports_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_ProgressReports_ReportPeriods_ReportPeriodId] FOREIGN KEY ([ReportPeriodId]) REFERENCES [ReportPeriods] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_ProgressReports_WorkTasks_WorkTaskId] FOREIGN KEY ([WorkTaskId]) REFERENCES [WorkTasks] ([Id]) ON DELETE NO ACTION
);
GO


CREATE TABLE [ReportFacts] (
    [WorkTaskId] int NOT NULL,
    [DepartmentId] int NOT NULL,
    [ReportPeriodId] int NOT NULL,
    [PeriodMonth] int NOT NULL,
    [Status] nvarchar(32) NOT NULL,
    [ProgressPercent] int NOT NULL,
    [LatestReportId] int NOT NULL,
    [Revisions] int NOT NULL,
    [FirstSubmittedAt] datetimeoffset NOT NULL,
    [LastSubmittedAt] datetimeoffset NOT NULL,
    [SubmittedLate] bit NOT NULL,
    CONSTRAINT [PK_ReportFacts] PRIMARY KEY ([WorkTaskId], [DepartmentId], [ReportPeriodId]),
    CONSTRAINT [FK_ReportFacts_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_ReportFacts_ReportPeriods_ReportPeriodId] FOREIGN KEY ([ReportPeriodId]) REFERENCES [ReportPeriods] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_ReportFacts_WorkTasks_WorkTaskId] FOREIGN KEY ([WorkTaskId]) REFERENCES [WorkTasks] ([Id]) ON DELETE CASCADE
);
GO


CREATE TABLE [TaskDepartmentProgress] (
    [WorkTaskId] int NOT NULL,
    [DepartmentId] int NOT NULL,
    [LatestStatus] nvarchar(32) NOT NULL,
    [LatestPercent] int NOT NULL,
    [LatestReportId] int NOT NULL,
    [LastReportedPeriodId] int NOT NULL,
    [LastReportedMonth] int NOT NULL,
    [ReportCount] int NOT NULL,
    CONSTRAINT [PK_TaskDepartmentProgress] PRIMARY KEY ([WorkTaskId], [DepartmentId]),
    CONSTRAINT [FK_TaskDepartmentProgress_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_TaskDepartmentProgress_WorkTasks_WorkTaskId] FOREIGN KEY ([WorkTaskId]) REFERENCES [WorkTasks] ([Id]) ON DELETE CASCADE
);
GO


CREATE TABLE [TaskDepartments] (
    [WorkTaskId] int NOT NULL,
    [DepartmentId] int NOT NULL,
    [IsLead] bit NOT NULL,
    [Position] int NOT NULL,
    CONSTRAINT [PK_TaskDepartments] PRIMARY KEY ([WorkTaskId], [DepartmentId]),
    CONSTRAINT [FK_TaskDepartments_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_TaskDepartments_WorkTasks_WorkTaskId] FOREIGN KEY ([WorkTaskId]) REFERENCES [WorkTasks] ([Id]) ON DELETE CASCADE
);
GO


CREATE TABLE [TaskDistricts] (
    [WorkTaskId] int NOT NULL,
    [DistrictId] int NOT NULL,
    [Position] int NOT NULL,
    CONSTRAINT [PK_TaskDistricts] PRIMARY KEY ([WorkTaskId], [DistrictId]),
    CONSTRAINT [FK_TaskDistricts_Districts_DistrictId] FOREIGN KEY ([DistrictId]) REFERENCES [Districts] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_TaskDistricts_WorkTasks_WorkTaskId] FOREIGN KEY ([WorkTaskId]) REFERENCES [WorkTasks] ([Id]) ON DELETE CASCADE
);
GO


CREATE TABLE [TaskLeaders] (
    [WorkTaskId] int NOT NULL,
    [LeaderId] int NOT NULL,
    [Position] int NOT NULL,
    CONSTRAINT [PK_TaskLeaders] PRIMARY KEY ([WorkTaskId], [LeaderId]),
    CONSTRAINT [FK_TaskLeaders_Leaders_LeaderId] FOREIGN KEY ([LeaderId]) REFERENCES [Leaders] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_TaskLeaders_WorkTasks_WorkTaskId] FOREIGN KEY ([WorkTaskId]) REFERENCES [WorkTasks] ([Id]) ON DELETE CASCADE
);
GO


CREATE TABLE [TaskPeriodProgress] (
    [WorkTaskId] int NOT NULL,
    [ReportPeriodId] int NOT NULL,
    [PeriodMonth] int NOT NULL,
    [Status] nvarchar(32) NOT NULL,
    [Percent] int NULL,
    [LastReportedMonth] int NULL,
    [FactCount] int NOT NULL,
    [LateFactCount] int NOT NULL,
    CONSTRAINT [PK_TaskPeriodProgress] PRIMARY KEY ([WorkTaskId], [ReportPeriodId]),
    CONSTRAINT [FK_TaskPeriodProgress_ReportPeriods_ReportPeriodId] FOREIGN KEY ([ReportPeriodId]) REFERENCES [ReportPeriods] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_TaskPeriodProgress_WorkTasks_WorkTaskId] FOREIGN KEY ([WorkTaskId]) REFERENCES [WorkTasks] ([Id]) ON DELETE CASCADE
);
GO


CREATE TABLE [TaskProgress] (
    [WorkTaskId] int NOT NULL,
    [LatestStatus] nvarchar(32) NOT NULL,
    [LatestPercent] int NOT NULL,
    [LatestReportId] int NOT NULL,
    [LastReportedPeriodId] int NOT NULL,
    [LastReportedMonth] int NOT NULL,
    [ReportCount] int NOT NULL,
    [FactCount] int NOT NULL,
    [LateFactCount] int NOT NULL,
    CONSTRAINT [PK_TaskProgress] PRIMARY KEY ([WorkTaskId]),
    CONSTRAINT [FK_TaskProgress_WorkTasks_WorkTaskId] FOREIGN KEY ([WorkTaskId]) REFERENCES [WorkTasks] ([Id]) ON DELETE CASCADE
);
GO


IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Value') AND [object_id] = OBJECT_ID(N'[DataVersions]'))
    SET IDENTITY_INSERT [DataVersions] ON;
INSERT INTO [DataVersions] ([Id], [Value])
VALUES (1, CAST(0 AS bigint));
IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Value') AND [object_id] = OBJECT_ID(N'[DataVersions]'))
    SET IDENTITY_INSERT [DataVersions] OFF;
GO


CREATE INDEX [IX_AuditEntries_Actor] ON [AuditEntries] ([Actor]);
GO


CREATE INDEX [IX_AuditEntries_At] ON [AuditEntries] ([At]);
GO


CREATE UNIQUE INDEX [IX_Departments_IssuerId_Name] ON [Departments] ([IssuerId], [Name]);
GO


CREATE INDEX [IX_DistrictMemberships_MemberId] ON [DistrictMemberships] ([MemberId]);
GO


CREATE UNIQUE INDEX [IX_Districts_IssuerId_Name] ON [Districts] ([IssuerId], [Name]);
GO


CREATE INDEX [IX_Goals_TargetId_Number] ON [Goals] ([TargetId], [Number]);
GO


CREATE INDEX [IX_Goals_WorkTaskId_Number] ON [Goals] ([WorkTaskId], [Number]);
GO


CREATE UNIQUE INDEX [IX_Issuers_Name] ON [Issuers] ([Name]);
GO


CREATE UNIQUE INDEX [IX_Leaders_IssuerId_Name] ON [Leaders] ([IssuerId], [Name]);
GO


CREATE UNIQUE INDEX [IX_Plans_Code] ON [Plans] ([Code]) WHERE [Code] IS NOT NULL;
GO


CREATE INDEX [IX_Plans_IssuerId_Year_Title] ON [Plans] ([IssuerId], [Year], [Title]);
GO


CREATE INDEX [IX_ProgressReports_DepartmentId] ON [ProgressReports] ([DepartmentId]);
GO


CREATE INDEX [IX_ProgressReports_ReportPeriodId] ON [ProgressReports] ([ReportPeriodId]);
GO


CREATE UNIQUE INDEX [IX_ProgressReports_WorkTaskId_DepartmentId_ReportPeriodId_Revision] ON [ProgressReports] ([WorkTaskId], [DepartmentId], [ReportPeriodId], [Revision]);
GO


CREATE INDEX [IX_RateCounters_Minute] ON [RateCounters] ([Minute]);
GO


CREATE INDEX [IX_ReportFacts_DepartmentId] ON [ReportFacts] ([DepartmentId]);
GO


CREATE INDEX [IX_ReportFacts_PeriodMonth] ON [ReportFacts] ([PeriodMonth]);
GO


CREATE INDEX [IX_ReportFacts_ReportPeriodId_DepartmentId] ON [ReportFacts] ([ReportPeriodId], [DepartmentId]);
GO


CREATE UNIQUE INDEX [IX_ReportPeriods_Year_Month] ON [ReportPeriods] ([Year], [Month]);
GO


CREATE UNIQUE INDEX [IX_Sections_PlanId_Ordinal] ON [Sections] ([PlanId], [Ordinal]);
GO


CREATE INDEX [IX_TargetDepartments_DepartmentId] ON [TargetDepartments] ([DepartmentId]);
GO


CREATE INDEX [IX_TargetDistricts_DistrictId] ON [TargetDistricts] ([DistrictId]);
GO


CREATE INDEX [IX_TargetLeaders_LeaderId] ON [TargetLeaders] ([LeaderId]);
GO


CREATE INDEX [IX_TargetReports_DepartmentId] ON [TargetReports] ([DepartmentId]);
GO


CREATE INDEX [IX_TargetReports_ReportPeriodId] ON [TargetReports] ([ReportPeriodId]);
GO


CREATE UNIQUE INDEX [IX_TargetReports_TargetId_DepartmentId_ReportPeriodId_Revision] ON [TargetReports] ([TargetId], [DepartmentId], [ReportPeriodId], [Revision]);
GO


CREATE UNIQUE INDEX [IX_Targets_PlanId_Number] ON [Targets] ([PlanId], [Number]);
GO


CREATE INDEX [IX_TaskDepartmentProgress_DepartmentId] ON [TaskDepartmentProgress] ([DepartmentId]);
GO


CREATE INDEX [IX_TaskDepartments_DepartmentId_IsLead] ON [TaskDepartments] ([DepartmentId], [IsLead]);
GO


CREATE INDEX [IX_TaskDistricts_DistrictId] ON [TaskDistricts] ([DistrictId]);
GO


CREATE UNIQUE INDEX [IX_TaskGroups_SectionId_Number] ON [TaskGroups] ([SectionId], [Number]);
GO


CREATE INDEX [IX_TaskLeaders_LeaderId] ON [TaskLeaders] ([LeaderId]);
GO


CREATE INDEX [IX_TaskPeriodProgress_PeriodMonth_WorkTaskId] ON [TaskPeriodProgress] ([PeriodMonth], [WorkTaskId]);
GO


CREATE INDEX [IX_TaskPeriodProgress_ReportPeriodId] ON [TaskPeriodProgress] ([ReportPeriodId]);
GO


CREATE INDEX [IX_TaskProgress_LatestStatus] ON [TaskProgress] ([LatestStatus]);
GO


CREATE INDEX [IX_WorkTasks_GroupId] ON [WorkTasks] ([GroupId]);
GO


CREATE INDEX [IX_WorkTasks_Number_Id] ON [WorkTasks] ([Number], [Id]);
GO


CREATE UNIQUE INDEX [IX_WorkTasks_PlanId_SectionId_Number] ON [WorkTasks] ([PlanId], [SectionId], [Number]) WHERE [WithdrawnAt] IS NULL;
GO


CREATE INDEX [IX_WorkTasks_SectionId] ON [WorkTasks] ([SectionId]);
GO
