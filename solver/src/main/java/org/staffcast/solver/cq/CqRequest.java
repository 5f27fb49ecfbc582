package org.staffcast.solver.cq;

/**
 * A shift-on or shift-off request ({@code SECTION_SHIFT_ON_REQUESTS}/{@code SECTION_SHIFT_OFF_REQUESTS}):
 * employee (index in the file), day, shift type (index) and the weight paid when it is not honoured.
 */
public record CqRequest(int employee, int day, int shiftType, int weight) {
}
