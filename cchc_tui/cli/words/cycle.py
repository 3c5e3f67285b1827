"""What the inspection-cycle commands (team, evidence, follow-up) say, their help and
their arguments' names.

Each entry is ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    # the team: results and refusals
    "done.team_add": Words(
        vi="Đã thêm {name} ({role}) vào Đoàn kiểm tra.",
        en="Added {name} ({role}) to the team.",
    ),
    "done.team_edit": Words(vi="Đã sửa: {name} ({role}).", en="Updated {name} ({role})."),
    "done.team_remove": Words(
        vi="Đã bớt {name} khỏi Đoàn kiểm tra{units}.",
        en="Removed {name} from the team{units}.",
    ),
    "done.team_remove_units": Words(
        vi=" và khỏi {count} đơn vị được phân công", en=" and from {count} units"
    ),
    "done.team_decision": Words(
        vi="Đoàn kiểm tra thành lập theo Quyết định số {number} ngày {date}.",
        en="The team was set up by decision no. {number} of {date}.",
    ),
    "done.team_assign": Words(vi="{name} kiểm tra {unit}.", en="{name} inspects {unit}."),
    "done.team_unassign": Words(
        vi="{name} không kiểm tra {unit} nữa.",
        en="{name} no longer inspects {unit}.",
    ),
    "item_nothing": Words(
        vi="Cần kết quả đánh giá, --note, --evidence, --drop-evidence hoặc --no-evidence.",
        en="Give a verdict, --note, --evidence, --drop-evidence or --no-evidence.",
    ),
    "done.evidence": Words(
        vi="{unit}: {item} — {count} tài liệu kiểm chứng.",
        en="{unit}: {item} — {count} piece(s) of evidence.",
    ),
    "done.evidence_missing": Words(
        vi="{unit}: {item} — không có tài liệu kiểm chứng: {reason}.",
        en="{unit}: {item} — no evidence: {reason}.",
    ),
    "warn.met_without_evidence": Words(
        vi="{item} đánh giá Đạt nhưng chưa có tài liệu kiểm chứng",
        en="{item} is met but has no evidence",
    ),
    # the command line
    "cli.team": Words(
        vi="Đoàn kiểm tra: xem; add/remove thành viên; decision (quyết định thành lập); "
        "assign/unassign (phân công)",
        en="the inspection team: list; add/remove members; decision (that set it up); "
        "assign/unassign units",
    ),
    "cli.team_action": Words(
        vi="add (them), remove (bot), decision (quyet-dinh), assign (phan-cong), "
        "unassign (bo-phan-cong); không có: xem Đoàn",
        en="add (them), remove (bot), decision (quyet-dinh), assign (phan-cong), "
        "unassign (bo-phan-cong); none: list the team",
    ),
    "cli.team_words": Words(
        vi="add/remove: HỌ-TÊN; decision: SỐ; assign/unassign: HỌ-TÊN ĐƠN-VỊ…",
        en="add/remove: NAME; decision: NUMBER; assign/unassign: NAME UNIT…",
    ),
    "cli.role": Words(
        vi="vai trò: truong-doan, pho-doan, thanh-vien, thu-ky",
        en="role: truong-doan, pho-doan, thanh-vien, thu-ky",
    ),
    "cli.office": Words(vi="nơi công tác, ví dụ “Phòng Nội vụ”", en="where the member works"),
    "cli.decision_on": Words(
        vi="ngày ký quyết định (mặc định: hôm nay)",
        en="the day the decision was signed (default: today)",
    ),
    "cli.metavar.action": Words(vi="VIỆC", en="ACTION"),
    "cli.metavar.words": Words(vi="HỌ-TÊN/SỐ ĐƠN-VỊ", en="NAME/NUMBER UNIT"),
    "cli.metavar.role": Words(vi="VAI-TRÒ", en="ROLE"),
    "cli.metavar.office": Words(vi="NƠI-CÔNG-TÁC", en="OFFICE"),
    "cli.metavar.fix_by": Words(vi="NGÀY", en="DATE"),
    "cli.metavar.issue": Words(vi="TỒN-TẠI", en="TEXT"),
    "cli.metavar.evidence": Words(vi="TÀI-LIỆU", en="TEXT"),
    "cli.metavar.drop_evidence": Words(vi="SỐ-TT", en="N"),
    "cli.metavar.no_evidence": Words(vi="LÝ-DO", en="REASON"),
    "team.usage_action": Words(
        vi="không có việc “{action}”: dùng add, remove, decision, assign hoặc unassign",
        en="no action “{action}”: use add, remove, decision, assign or unassign",
    ),
    "team.usage_add": Words(
        vi="cách dùng: team add HỌ-TÊN --role VAI-TRÒ [--office NƠI-CÔNG-TÁC]",
        en="usage: team add NAME --role ROLE [--office OFFICE]",
    ),
    "team.usage_remove": Words(vi="cách dùng: team remove HỌ-TÊN", en="usage: team remove NAME"),
    "team.usage_decision": Words(
        vi="cách dùng: team decision SỐ --on NGÀY",
        en="usage: team decision NUMBER --on DATE",
    ),
    "team.usage_assign": Words(
        vi="cách dùng: team assign HỌ-TÊN ĐƠN-VỊ [ĐƠN-VỊ …]",
        en="usage: team assign NAME UNIT [UNIT …]",
    ),
    "team.usage_unassign": Words(
        vi="cách dùng: team unassign HỌ-TÊN ĐƠN-VỊ [ĐƠN-VỊ …]",
        en="usage: team unassign NAME UNIT [UNIT …]",
    ),
    "cli.fix_by": Words(
        vi="hạn đơn vị gửi báo cáo khắc phục (mặc định: follow_up_days của kế hoạch, nếu có)",
        en="the day the unit must report its fixes by (default: the plan's follow_up_days, if set)",
    ),
    "cli.issue": Words(
        vi="một tồn tại, hạn chế cần khắc phục (lặp lại được)",
        en="a shortcoming to fix (repeatable)",
    ),
    "cli.evidence": Words(
        vi="thêm tài liệu kiểm chứng: “số hiệu; ngày; mô tả; đường dẫn” (lặp lại được)",
        en="add evidence: “number; date; description; link” (repeatable)",
    ),
    "cli.drop_evidence": Words(
        vi="bỏ tài liệu kiểm chứng số thứ tự N (lặp lại được)",
        en="remove the evidence numbered N (repeatable)",
    ),
    "cli.no_evidence": Words(
        vi="lý do không có tài liệu kiểm chứng",
        en="why there is no evidence",
    ),
}
