namespace Wuzhong.Infrastructure.Import;

/// <summary>The kinds of damage the PDF extraction did, as the importer repairs them.</summary>
public enum CorrectionKind
{
    /// <summary>The table header row, repeated at a page break, was skipped.</summary>
    RepeatedHeaderSkipped,

    /// <summary>A section heading stood in another column than the first.</summary>
    SectionHeadingMoved,

    /// <summary>A group's merged cell was repeated on a later row of the same group and was ignored.</summary>
    GroupCellRepeated,

    /// <summary>A group's merged cell landed on a task of the previous group; those tasks were moved back.</summary>
    GroupCellMisplaced,

    /// <summary>Two or more tasks shared one row and were split, with their departments, districts and leaders.</summary>
    RowSplit,

    /// <summary>HTML fragments left by the extraction were removed from a cell.</summary>
    MarkupRemoved,

    /// <summary>A name was merged with its canonical form through a known alias.</summary>
    AliasResolved,

    /// <summary>A name with a stray space inside was joined.</summary>
    StraySpaceRemoved,

    /// <summary>A name cut short at a cell edge was completed to the one canonical name it begins or ends.</summary>
    NameCutShort,

    /// <summary>"X等Y" was read as department X and the collective entry Y.</summary>
    CollectiveSplit,

    /// <summary>A name listed twice in one cell (under two spellings) was kept once.</summary>
    DuplicateNameDropped,

    /// <summary>A group or task number does not follow the one before it; kept as published.</summary>
    NumberingGap,

    /// <summary>A number in a task or target text that could not be read as a quantity goal (no unit, or a name).</summary>
    QuantityNotRead,

    /// <summary>A district, zone, town or street stood among the departments (a 责任单位 column listing both): read as a district.</summary>
    DistrictAmongDepartments,

    /// <summary>Not a repair: a target or task names no responsible department (imported; no one can report on it).</summary>
    NoResponsibleDepartment,

    /// <summary>A column of the table whose header names nothing a plan holds (备注, 完成时限) was not read.</summary>
    ColumnNotRead,
}
