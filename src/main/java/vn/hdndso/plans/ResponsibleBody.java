package vn.hdndso.plans;

/** The bodies a plan gives tasks to (its section "Tổ chức thực hiện" and the tasks themselves). */
public enum ResponsibleBody {
    /** Thường trực HĐND. */
    STANDING_COMMITTEE,
    /** Các Ban HĐND, when the plan names them together. */
    COMMITTEES,
    /** Ban Kinh tế – Ngân sách (or Kinh tế – Xã hội). */
    ECONOMY_BUDGET_COMMITTEE,
    /** Ban Văn hóa – Xã hội. */
    CULTURE_SOCIAL_COMMITTEE,
    /** Tổ đại biểu HĐND. */
    DELEGATE_GROUPS,
    /** Each đại biểu HĐND. */
    DELEGATES,
    /** Ủy ban nhân dân. */
    PEOPLES_COMMITTEE,
    /** Ủy ban Mặt trận Tổ quốc and the mass organisations. */
    FATHERLAND_FRONT
}
