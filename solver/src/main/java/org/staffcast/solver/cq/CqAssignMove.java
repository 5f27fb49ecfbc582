package org.staffcast.solver.cq;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import java.util.ArrayList;
import java.util.List;
import java.util.SequencedCollection;

/** Sets one shift type (or off, {@code null}) on a block of days of one employee. */
final class CqAssignMove implements Move<CqSchedule> {

    private final List<CqAssignment> days;
    private final CqShiftType value;

    CqAssignMove(List<CqAssignment> days, CqShiftType value) {
        this.days = List.copyOf(days);
        this.value = value;
    }

    @Override
    public void execute(MutableSolutionView<CqSchedule> view) {
        PlanningVariableMetaModel<CqSchedule, CqAssignment, CqShiftType> shift = view.getSolutionMetaModel()
                .genuineEntity(CqAssignment.class).basicVariable("shift", CqShiftType.class);
        for (CqAssignment a : days) {
            view.changeVariable(shift, a, value);
        }
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        return new ArrayList<>(days);
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        List<Object> values = new ArrayList<>();
        values.add(value);
        return values;
    }

    @Override
    public String describe() {
        return "CqAssignBlock";
    }

    @Override
    public String toString() {
        return "assign " + value + " to " + days;
    }
}
