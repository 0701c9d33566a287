package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/nongthonmoi/ntm/problem"
)

// The command speaks Vietnamese by default (help, usage errors, notes) and
// English with --lang en. The English texts live with each subcommand;
// their Vietnamese forms live here, keyed by the English text, so that a
// text without a translation still shows (in English).

// overYearsSetVI is the --set of progress and report (overYearsSetFlag).
const overYearsSetVI = "chỉ đánh giá theo bộ tiêu chí có `ID` hoặc tên gọi khác này (1980, QD933, …), đồng thời là bộ tiêu chí của bảng không có cột Bộ tiêu chí; với --plan, chỉ dùng làm bộ tiêu chí của bảng, không giới hạn việc đánh giá: các mục tiêu của kế hoạch theo mọi bộ vẫn được theo dõi"

// helpVI is the Vietnamese help of each subcommand: its one-line synopsis,
// its usage text, and the description of each flag.
var helpVI = map[string]struct {
	synopsis, usage string
	flags           map[string]string
}{
	"criteria": {
		synopsis: "in bộ tiêu chí (criteria sets) dạng bảng, Markdown hoặc JSON định nghĩa",
		usage: `Cách dùng: ntm criteria [--set ID] [--region R | --group G] [--year Y] [--as-of YYYY-MM-DD] [--format text|markdown|json] [--lang vi|en] [--sets-from F]

In các bộ tiêu chí của danh mục: các bộ có sẵn 1980/QĐ-TTg, 933/QĐ-UBND,
318/QĐ-TTg/I, 318/QĐ-TTg/II, 319/QĐ-TTg và 51/2025/QĐ-TTg, cùng các định
nghĩa đọc bằng --sets-from, được bổ sung vào danh mục hoặc thay bộ có sẵn
cùng ID (ví dụ văn bản chính thức của 933).
Không có --set thì in mọi bộ tiêu chí; với --as-of D chỉ in các bộ có hiệu
lực vào ngày D (từ ngày có hiệu lực đến hết giai đoạn của bộ).

Dạng văn bản và Markdown ghi, cho mỗi chỉ tiêu, phép so sánh, mức đạt chuẩn
và đơn vị: mức chung và mức của từng vùng có mức riêng (hoặc của vùng
--region), hoặc của từng nhóm xã có mức riêng với bộ tiêu chí chia mức đạt
chuẩn theo nhóm (51/2025/QĐ-TTg; hoặc của nhóm --group); một dòng dưới bảng
nêu các vùng (nhóm) áp dụng mức chung. Kèm mức tin cậy của nguồn:
C2 = từ hai nguồn công khai trở lên, C1 = một nguồn, M = chưa kiểm chứng.
Với --year Y là mức đạt chuẩn áp dụng trong năm Y; mức ghi "đến năm 2020"
(tiêu chí 10) áp dụng cho một năm trước đó được đánh dấu *.

Tên tỉnh ghi ở --region là vùng của tỉnh cũ cùng tên (63 tỉnh giai đoạn
2016-2025); với tên tỉnh từ ngày 01/7/2025 gồm cả tỉnh cũ của vùng khác
("Tây Ninh": Long An, DBSCL), một dòng lưu ý ở đầu ra lỗi nêu các tỉnh đó
và cách xem mức đạt chuẩn của chúng.

JSON là định dạng định nghĩa bộ tiêu chí (một đối tượng khi có --set, một
mảng trong các trường hợp khác, kể cả khi --as-of chỉ còn một bộ); với
--region R (--group G) mỗi chỉ tiêu chỉ giữ mức "common" và mức của R (G).
Bộ tiêu chí chia theo vùng bỏ qua --group, bộ tiêu chí chia theo nhóm xã
bỏ qua --region: khi mọi bộ tiêu chí được liệt kê đều bỏ qua, đầu ra lỗi
ghi một dòng lưu ý, như ntm eval và ntm template.

Ví dụ:
  ntm criteria --set 1980 --region TDMNPB
  ntm criteria --set 1980 --region "Lạng Sơn" --year 2018 --lang en
  ntm criteria --set 1980 --format json > 1980.json
  ntm criteria --sets-from 933.json --set 933 --format markdown
  ntm criteria --as-of 2026-12-01
`,
		flags: map[string]string{
			"set":       "chỉ bộ tiêu chí có `ID` hoặc tên gọi khác này (1980, QD933, 933/QD-UBND, …)",
			"region":    "chỉ mức đạt chuẩn của vùng này: `mã vùng` (TDMNPB … DBSCL), tên vùng hoặc tên tỉnh",
			"group":     "chỉ mức đạt chuẩn của `nhóm` xã này (bộ tiêu chí chia mức theo nhóm xã: 1, 2 hoặc 3)",
			"year":      "mức đạt chuẩn áp dụng trong `năm` này",
			"as-of":     "chỉ các bộ tiêu chí có hiệu lực vào `ngày` này (YYYY-MM-DD hoặc N/T/NNNN)",
			"format":    "`định dạng` đầu ra: text, markdown hoặc json",
			"lang":      "`ngôn ngữ`: vi hoặc en",
			"sets-from": "đọc định nghĩa bộ tiêu chí (JSON) từ `tệp` (- là đầu vào chuẩn)",
		},
	},
	"eval": {
		synopsis: "đánh giá số liệu của xã (JSON, CSV hoặc Excel) theo bộ tiêu chí: báo cáo hoặc tổng hợp",
		usage: `Cách dùng: ntm eval [--set ID] [--group G] [--successors YYYY-MM-DD] [--format text|markdown|json|csv|xlsx] [--lang vi|en] [--sets-from F] [--summary] [--encoding E] [-o TỆP] TỆP...

Đánh giá số liệu của từng xã trong mỗi TỆP theo mọi bộ tiêu chí có số liệu
(hoặc chỉ bộ của --set) và in một báo cáo cho mỗi (xã, bộ tiêu chí): kết quả
từng chỉ tiêu và tiêu chí, mức còn thiếu so với chuẩn (theo đơn vị của chỉ
tiêu và, với tỷ lệ có đơn vị, theo số đơn vị như "1 trường"), điều kiện
tiên quyết và các cảnh báo. Mỗi báo cáo dạng văn bản kết thúc bằng dòng
"Đạt N/M tiêu chí".

TỆP là số liệu dạng JSON (.json), bảng CSV (.csv) hoặc sổ Excel (.xlsx):
dạng dọc (mỗi dòng một chỉ tiêu) hoặc dạng ngang (mỗi dòng một xã, mỗi cột
một chỉ tiêu; --set cho biết bộ tiêu chí khi bảng không có cột bộ tiêu
chí), tiêu đề cột tiếng Việt hoặc tiếng Anh, phân cách bằng ',', ';' hoặc
tab. CSV được đọc theo UTF-8; --encoding windows-1258 hoặc utf-16 đọc tệp
mã khác; --encoding tcvn3 hoặc vni đọc bảng CSV hoặc Excel gõ bằng phông
chữ cũ trước Unicode (TCVN3/ABC .VnTime, VNI-Times), nếu không thì có lỗi
báo như vậy. Sổ Excel được đọc từng trang tính: trang nào có dòng đầu tiên là
dòng tiêu đề thì được đọc, các trang khác được bỏ qua (có thông báo). Dòng
tổng cộng (Tổng cộng, Cộng huyện …) và dòng tiêu đề nhóm giữa các xã (I,
Huyện Hữu Lũng) được bỏ qua (có thông báo). "-" đọc JSON từ đầu vào chuẩn. --sets-from đọc thêm định nghĩa bộ tiêu chí
(JSON). --summary in bản tổng hợp thay cho các báo cáo: theo bộ tiêu chí
và năm, toàn bộ, từng tỉnh, từng huyện (số xã, số xã đạt chuẩn, tiêu chí
bình quân/xã, từng tiêu chí, các tiêu chí chưa đạt nhiều nhất); bản tổng
hợp nêu rõ số xã không được tổng hợp vì số liệu lỗi và tên từng xã, và
từng phần số liệu không đọc được mà không rõ xã (tệp và dòng); bản tổng
hợp dạng văn bản và Markdown ghi cả các cảnh báo về tên (Cảnh báo về số
liệu), vốn cũng được in ra lỗi chuẩn. Không có --summary, một xã được đánh giá hai lần theo cùng bộ tiêu chí và năm có đủ
hai báo cáo, và lần sau là một cảnh báo nêu cả hai chỗ và hai cách viết
tên ("Hoa Lac" và "Hòa Lạc" của một huyện là một xã), in cùng các cảnh báo
về tên khi đã đọc hết số liệu; mã thoát không đổi.

Số liệu của một xã trong cùng một năm được ghép giữa các TỆP (và giữa các
trang tính, đối tượng JSON của mỗi tệp) để xét điều kiện tiên quyết: lần
đánh giá không có số liệu cũng không có quyết định công nhận của bộ tiêu chí
mà bộ tiêu chí của nó yêu cầu (trang 933/QĐ-UBND của sổ Excel có số liệu
1980/QĐ-TTg ở trang khác) lấy kết quả của bộ tiêu chí đó từ lần đánh giá
khác của xã, và báo cáo ghi rõ số liệu ở đâu. Báo cáo đó được in sau mọi
báo cáo khác khi lần đánh giá kia được đọc sau nó. Hai lần đánh giá cùng có
số liệu của bộ tiêu chí được yêu cầu là lỗi số liệu nêu cả hai (lần đầu
được dùng), không kèm cảnh báo xã được đánh giá hai lần.

Số liệu minh họa (tên tệp, tên xã hoặc nguồn của một giá trị có chữ "minh
họa") được ghi chú ở dòng đầu của kết quả dạng văn bản và Markdown: "Số
liệu minh họa — số liệu giả định, không phải số liệu chính thức." (ở cuối
kết quả khi số liệu minh họa chỉ xuất hiện sau khi các báo cáo đầu tiên đã
được ghi). JSON và CSV giữ nguyên định dạng; nguồn của từng giá trị có trong
đó.

--format xlsx ghi sổ Excel (báo cáo: các cột của --format csv, mỗi dòng
một chỉ tiêu; --summary: mỗi dòng một địa bàn, rồi theo tiêu chí và các xã
không được tổng hợp). Các dòng vượt quá 1048576 dòng của một trang tính
được ghi tiếp sang các trang sau ("Báo cáo (2)", …), không tách các dòng
của một xã ra hai trang. -o TỆP ghi kết quả vào TỆP (mọi định dạng; tệp
CSV khi đó bắt đầu bằng dấu BOM UTF-8 để Excel mở đúng tiếng Việt). Sổ
Excel không được ghi ra màn hình.

Mã thoát: 0 khi mọi số liệu đã được đọc và đánh giá (dù đạt hay không);
1 khi có số liệu không hợp lệ (từng lỗi được in ra đầu ra lỗi, kèm tệp và
vị trí; các xã hợp lệ vẫn được đánh giá); 2 khi dùng sai lệnh.

Ví dụ:
  ntm eval hoalac.json
  ntm eval --set 1980 --format json --lang en communes.csv
  ntm eval --summary --format markdown so-lieu.csv > tong-hop.md
  ntm eval --format xlsx -o bao-cao.xlsx so-lieu.xlsx
  ntm eval --summary --format xlsx -o tong-hop.xlsx so-lieu.xlsx
`,
		flags: map[string]string{
			"set":       "chỉ đánh giá theo bộ tiêu chí có `ID` hoặc tên gọi khác này (1980, QD933, …); cũng là bộ tiêu chí của bảng không có cột bộ tiêu chí",
			"format":    "`định dạng` đầu ra: text, markdown, json, csv hoặc xlsx",
			"lang":      "`ngôn ngữ` của nhãn, cảnh báo và thông báo: vi hoặc en",
			"sets-from": "đọc định nghĩa bộ tiêu chí (JSON) từ `tệp` (- là đầu vào chuẩn)",
			"summary":   "in bản tổng hợp của mọi báo cáo thay cho các báo cáo",
			"o":         "ghi kết quả vào `TỆP` thay vì đầu ra chuẩn",
			"encoding":  "`bảng mã` của tệp CSV không phải UTF-8: windows-1258 hoặc utf-16; tcvn3 hoặc vni cho bảng gõ bằng phông chữ cũ trước Unicode (.VnTime, VNI-Times), CSV hoặc Excel",
			"group":     "`nhóm` xã (1, 2 hoặc 3) của số liệu không ghi nhóm, với bộ tiêu chí chia mức đạt chuẩn theo nhóm xã (51/2025/QĐ-TTg)",
			"successors": "ước tính thêm, cho mỗi đơn vị hành chính hình thành đến `ngày` này (YYYY-MM-DD hoặc N/T/NNNN) từ các xã có số liệu ở đây, " +
				"một báo cáo từ số liệu của các xã cũ (ước tính từ số liệu các xã cũ; không bao giờ là công nhận đạt chuẩn)",
		},
	},
	"plan": {
		synopsis: "tình hình thực hiện kế hoạch của tỉnh tại một ngày: chỉ tiêu, nhiệm vụ, kiểm tra, phần việc của từng sở",
		usage: `Cách dùng: ntm plan [--set ID] [--as-of YYYY-MM-DD] [--format text|markdown|json] [--lang vi|en] [--sets-from F] [--all-agencies] [--encoding E] PLAN.json TỆP...

Đọc một kế hoạch (Kế hoạch) theo định dạng JSON của kế hoạch, đánh giá số
liệu trong các TỆP (.json, .csv hoặc .xlsx; - đọc JSON từ đầu vào chuẩn;
--encoding windows-1258 hoặc utf-16 đọc tệp CSV không phải UTF-8, tcvn3
hoặc vni đọc bảng gõ bằng phông chữ cũ trước Unicode) theo mọi
bộ tiêu chí có số liệu, và in tình hình thực hiện kế hoạch tại ngày --as-of
(mặc định là hôm nay):

  - từng xã mục tiêu: đạt, chưa đạt (kèm các tiêu chí chưa đạt, mỗi tiêu
    chí có tên: "5 Trường học; 17 Môi trường và an toàn thực phẩm"), thiếu
    số liệu, hoặc chưa đánh giá khi không có số liệu của xã;
  - từng nhiệm vụ: đã thực hiện, chưa hoàn thành, hoặc quá hạn ("trước
    ngày D": quá hạn từ ngày D);
  - đợt kiểm tra: sắp tới, đang trong thời gian kiểm tra, hoặc đã qua;
  - phần việc của mỗi cơ quan phụ trách: với từng xã mục tiêu, những nội
    dung mà ý kiến bằng văn bản của cơ quan phải nêu (kết quả đạt được, tồn
    tại, hạn chế, kèm mức còn thiếu của từng chỉ tiêu).

--set ID chỉ cho biết bộ tiêu chí (ID hoặc tên gọi khác: 1980, QD933, …)
của bảng (CSV hoặc trang tính) không có cột Bộ tiêu chí. Khác với
'ntm eval --set', cờ này không giới hạn việc đánh giá: nếu giới hạn, các xã
mục tiêu theo bộ tiêu chí khác (mục tiêu theo 933/QĐ-UBND, kèm điều kiện
tiên quyết theo 1980/QĐ-TTg) sẽ bị ghi là chưa đánh giá. Bảng có cột Bộ
tiêu chí ghi bộ khác vẫn giữ bộ đó; số liệu JSON tự ghi bộ tiêu chí của mình.

Kế hoạch chỉ bắt buộc có "number" (số hiệu): mọi khóa khác có thể không ghi.
Xã mục tiêu, nhiệm vụ hoặc đợt kiểm tra mà kế hoạch không có được in là "kế
hoạch không nêu", và kế hoạch không có đợt kiểm tra cho "inspection": null
trong JSON (docs/formats.md, "Plan, JSON").

Với --all-agencies, các sở của tỉnh Lạng Sơn trong bảng mặc định (suy ra
theo các bộ, ngành trung ương tương ứng) có thêm phần việc cho các tiêu chí
mà kế hoạch không giao; kết quả ghi rõ dưới tiêu đề phần ý kiến rằng phân
công này được suy ra, không theo quyết định của tỉnh. Bảng này là của
1980/QĐ-TTg: chỉ thêm phần việc cho mục tiêu theo bộ tiêu chí đó hoặc bộ
tiêu chí đòi hỏi nó (933/QĐ-UBND); với mục tiêu theo bộ tiêu chí khác
(51/2025/QĐ-TTg), lệnh báo ra đầu ra lỗi rằng bảng không có.

Các cảnh báo về kế hoạch (một xã mục tiêu không có trong lộ trình kiểm tra, một
nhiệm vụ có hạn sau thời gian kiểm tra) và về tên (một tên viết không dấu có
thể là hai tên đã biết, hai tên chỉ khác nhau ở dấu) được in ra đầu ra lỗi và
có trong kết quả.

Mã thoát: 0 khi kế hoạch và mọi số liệu đã được đọc; 1 khi kế hoạch hoặc số
liệu không hợp lệ (từng lỗi được in ra đầu ra lỗi; các xã hợp lệ vẫn được
đánh giá); 2 khi dùng sai lệnh.

Ví dụ:
  ntm plan --as-of 2020-05-05 examples/huulung/plan-47-KH-STNMT.json hoalac.json nhattien.csv
  ntm plan --format json --as-of 2020-04-30 plan-47-KH-STNMT.json communes.csv
  ntm plan --set 1980 --as-of 2020-05-05 plan-47-KH-STNMT.json so-lieu.xlsx
`,
		flags: map[string]string{
			"set":          "bộ tiêu chí (`ID` hoặc tên gọi khác: 1980, QD933, …) của bảng không có cột Bộ tiêu chí; không giới hạn việc đánh giá: mọi bộ tiêu chí vẫn được đánh giá để theo dõi các mục tiêu của kế hoạch theo mọi bộ",
			"as-of":        "`ngày` (YYYY-MM-DD hoặc N/T/NNNN) cần báo cáo; mặc định là hôm nay",
			"format":       "`định dạng` đầu ra: text, markdown hoặc json",
			"lang":         "`ngôn ngữ`: vi hoặc en",
			"sets-from":    "đọc định nghĩa bộ tiêu chí (JSON) từ `tệp` (- là đầu vào chuẩn)",
			"all-agencies": "thêm phần việc của các sở tỉnh Lạng Sơn mà kế hoạch không nêu",
			"encoding":     "`bảng mã` của tệp CSV không phải UTF-8: windows-1258 hoặc utf-16; tcvn3 hoặc vni cho bảng gõ bằng phông chữ cũ trước Unicode (.VnTime, VNI-Times), CSV hoặc Excel",
		},
	},
	"progress": {
		synopsis: "tiến độ qua các năm: số xã đạt chuẩn, tiêu chí đạt bình quân, tiêu chí tụt lại, mục tiêu của kế hoạch",
		usage: `Cách dùng: ntm progress [--set ID] [--format text|markdown|json|csv|html] [--lang vi|en] [--sets-from F] [--plan PLAN.json [--as-of YYYY-MM-DD]] [--encoding E] [-o TỆP] TỆP...

Đánh giá số liệu của mọi TỆP (.json, .csv hoặc .xlsx, của bất kỳ năm nào; - đọc
JSON từ đầu vào chuẩn) và in kết quả của các xã và địa bàn qua từng năm:

  - theo địa bàn (từng huyện, từng tỉnh, rồi toàn bộ các xã) và năm: số xã được
    đánh giá, số xã đạt chuẩn và số tiêu chí đạt bình quân/xã (giá trị chính
    xác, làm tròn 2 chữ số thập phân, từ 5 trở lên làm tròn lên), tức các số
    liệu của 'ntm eval --summary' theo từng năm;
  - theo xã và bộ tiêu chí: kết quả và số tiêu chí đạt của từng năm, năm đầu
    tiên đạt chuẩn, và các tiêu chí đạt ở một năm đánh giá nhưng chưa đạt ở
    năm đánh giá sau (tiêu chí tụt lại).

Số liệu của một xã được ghép theo tên xã, huyện và tỉnh, không phân biệt chữ
hoa chữ thường, dạng chuẩn hóa Unicode, vị trí dấu thanh (Hoà là Hòa) và
tiền tố Xã, Huyện, Tỉnh; một xã được đánh giá hai lần theo cùng bộ tiêu chí
và năm là lỗi số liệu và chỉ được tính một lần. Một tên viết hoàn toàn không
dấu (Lang Son) là tên duy nhất đã biết trùng với nó khi bỏ dấu (trong danh
mục đơn vị hành chính, hoặc viết có dấu trong số liệu); tên có thể là hai tên
(Nhat Tien: Nhật Tiến hay Nhất Tiến), và hai tên chỉ khác nhau ở dấu (Hòa
Lạc, Hoà Lac), được giữ riêng kèm cảnh báo, in ra lỗi chuẩn và, ở dạng văn
bản, Markdown và HTML, ghi cả trong kết quả (Cảnh báo về số liệu).

Từ năm 2026 một xã được theo dõi theo tên và tỉnh, tách khỏi xã cùng tên của
huyện trước đó: theo danh mục đơn vị hành chính, mỗi xã từ ngày 01/7/2025 là
đơn vị mới (Nghị quyết 1672/NQ-UBTVQH15). Bên cạnh số liệu, kết quả ghi điều
danh mục nêu (Sắp xếp đơn vị hành chính cấp xã): xã cũ nhập vào đơn vị nào,
đơn vị mới hình thành từ các xã cũ nào, kèm lần đánh giá cuối của từng xã cũ;
trong JSON ở "unit", "successors", "formed_from", trong CSV ở các cột unit,
successors, formed_from, basis.

--set ID chỉ đánh giá theo bộ tiêu chí đó (ID hoặc tên gọi khác: 1980,
QD933, …), như 'ntm eval --set', đồng thời là bộ tiêu chí của bảng (CSV hoặc
trang tính) không có cột Bộ tiêu chí; số liệu JSON tự ghi bộ tiêu chí của
mình. Bảng có cột Bộ tiêu chí ghi bộ khác vẫn giữ bộ đó.

Với --plan, mỗi xã mục tiêu của kế hoạch được theo dõi đến mục tiêu: các tiêu
chí đạt theo năm, những gì còn thiếu, và năm mục tiêu đã qua hay chưa tại
ngày --as-of (mặc định là hôm nay); sau đó là các cảnh báo về kế hoạch, như
'ntm plan' đưa ra (một xã mục tiêu không có trong lộ trình kiểm tra, một xã
mục tiêu không còn từ ngày 01/7/2025 kèm đơn vị kế thừa, …): trong văn bản
và Markdown dưới tiêu đề "Cảnh báo về kế hoạch", trong JSON ở "warnings" của
kế hoạch; trong CSV, mỗi xã mục tiêu có một dòng cho mỗi năm đã đánh giá
(scope target). Với --plan, --set chỉ dùng làm bộ tiêu
chí của bảng không có cột Bộ tiêu chí, không giới hạn việc đánh giá: mọi bộ
tiêu chí đều được đánh giá, như 'ntm plan', để theo dõi cả các mục tiêu của
kế hoạch theo bộ khác (mục tiêu theo 933/QĐ-UBND, kèm điều kiện tiên quyết
theo 1980/QĐ-TTg). --format html ghi báo cáo HTML của
'ntm report'.

Mã thoát: 0 khi mọi số liệu đã được đọc; 1 khi có số liệu không hợp lệ (từng
lỗi được in ra đầu ra lỗi; các xã hợp lệ vẫn được tính); 2 khi dùng sai lệnh.

Ví dụ:
  ntm progress so-lieu-2018.csv so-lieu-2019.csv so-lieu-2020.csv
  ntm progress --set 1980 so-lieu-2019.xlsx so-lieu-2020.xlsx
  ntm progress --format json --plan plan-47-KH-STNMT.json --as-of 2020-05-05 communes.csv
`,
		flags: map[string]string{
			"set":       overYearsSetVI,
			"format":    "`định dạng` đầu ra: text, markdown, json, csv hoặc html",
			"lang":      "`ngôn ngữ` của nhãn: vi hoặc en",
			"sets-from": "đọc định nghĩa bộ tiêu chí (JSON) từ `tệp` (- là đầu vào chuẩn)",
			"plan":      "theo dõi các mục tiêu của kế hoạch này (`PLAN.json`)",
			"as-of":     "với --plan, `ngày` (YYYY-MM-DD hoặc N/T/NNNN) cần báo cáo; mặc định là hôm nay",
			"o":         "ghi vào `TỆP` thay vì đầu ra chuẩn",
			"encoding":  "`bảng mã` của tệp CSV không phải UTF-8: windows-1258 hoặc utf-16; tcvn3 hoặc vni cho bảng gõ bằng phông chữ cũ trước Unicode (.VnTime, VNI-Times), CSV hoặc Excel",
		},
	},
	"report": {
		synopsis: "một báo cáo HTML có biểu đồ, in được, không cần tệp ngoài: địa bàn, bảng xã × tiêu chí, tiến độ, chỉ tiêu còn thiếu, kế hoạch",
		usage: `Cách dùng: ntm report [--set ID] [--plan PLAN.json [--as-of YYYY-MM-DD]] [-o TỆP] [--lang vi|en] [--sets-from F] [--encoding E] TỆP...

Đánh giá số liệu của mọi TỆP (.json, .csv hoặc .xlsx, của một hoặc nhiều năm; - đọc
JSON từ đầu vào chuẩn) và ghi một tài liệu HTML: trọn vẹn trong một tệp
(không cần tệp, phông chữ hay mã lệnh bên ngoài: mở được khi không có mạng),
in được trên khổ A4 đứng, mỗi phần sang trang mới; khi in, đầu mỗi trang ghi
tên báo cáo, các bộ tiêu chí và ngày lập, chân trang ghi số trang (Trang 3/12)
và, với số liệu minh họa, dòng ghi chú đó. Phần đầu ghi ngày lập
(hôm nay), ngày tính tình hình kế hoạch khi có --plan, và các tệp đầu vào.
Với mỗi bộ tiêu chí, ở năm đánh giá gần nhất:

  - tổng quan theo địa bàn: số xã, số xã đạt chuẩn, số tiêu chí bình quân/xã,
    dạng biểu đồ cột kèm bảng số liệu, và các tiêu chí chưa đạt nhiều nhất,
    có tên ("5 Trường học (2 xã)");
  - bảng xã × tiêu chí của từng huyện, tô màu theo kết quả, mỗi ô có một chữ
    (Đ đạt, C chưa đạt, ? thiếu số liệu, – không áp dụng) để đọc được khi in
    đen trắng;
  - tiến độ qua các năm, có biểu đồ đường, khi có số liệu nhiều năm;
  - các chỉ tiêu chưa đạt của từng xã, chỉ tiêu gần đạt nhất xếp trước,
    kèm mức còn thiếu theo đơn vị của chỉ tiêu và theo số đơn vị (trường,
    hộ, thôn);

sau đó, với --plan, tình hình thực hiện kế hoạch tại ngày --as-of (mặc định
là hôm nay): các mục tiêu kèm kết quả qua các năm của từng xã, nhiệm vụ, kiểm
tra, và các cảnh báo về kế hoạch như 'ntm plan' đưa ra (một xã mục tiêu không
có trong lộ trình kiểm tra, một xã mục tiêu không còn từ ngày 01/7/2025 kèm
đơn vị kế thừa, …).

--set ID chỉ báo cáo theo bộ tiêu chí đó (ID hoặc tên gọi khác: 1980,
QD933, …), như với 'ntm eval --set', đồng thời là bộ tiêu chí của bảng (CSV
hoặc trang tính) không có cột Bộ tiêu chí; số liệu JSON tự ghi bộ tiêu chí
của mình. Với --plan, cờ này chỉ dùng làm bộ tiêu chí của các bảng đó, không
giới hạn việc đánh giá: mọi bộ tiêu chí đều được đánh giá, như 'ntm plan', để
các mục tiêu của kế hoạch theo bộ khác vẫn có kết quả đúng.

Các lỗi số liệu được liệt kê trong báo cáo cũng như ở đầu ra lỗi. Tệp
hoặc xã có tên "minh họa", hay giá trị có nguồn ghi "minh họa", được ghi chú
là số liệu minh họa.

Mã thoát: 0 khi mọi số liệu đã được đọc; 1 khi có số liệu không hợp lệ (các
xã hợp lệ vẫn có trong báo cáo); 2 khi dùng sai lệnh.

Ví dụ:
  ntm report -o bao-cao.html so-lieu-2018.csv so-lieu-2019.csv so-lieu-2020.csv
  ntm report --set 1980 -o bao-cao.html so-lieu.xlsx
  ntm report --plan plan-47-KH-STNMT.json --as-of 2020-05-05 --lang en -o report.html communes.csv
`,
		flags: map[string]string{
			"set":       overYearsSetVI,
			"lang":      "`ngôn ngữ` của nhãn: vi hoặc en",
			"sets-from": "đọc định nghĩa bộ tiêu chí (JSON) từ `tệp` (- là đầu vào chuẩn)",
			"plan":      "thêm tình hình thực hiện của kế hoạch này (`PLAN.json`)",
			"as-of":     "với --plan, `ngày` (YYYY-MM-DD hoặc N/T/NNNN) cần báo cáo; mặc định là hôm nay",
			"o":         "ghi HTML vào `TỆP` thay vì đầu ra chuẩn",
			"encoding":  "`bảng mã` của tệp CSV không phải UTF-8: windows-1258 hoặc utf-16; tcvn3 hoặc vni cho bảng gõ bằng phông chữ cũ trước Unicode (.VnTime, VNI-Times), CSV hoặc Excel",
		},
	},
	"units": {
		synopsis: "danh sách đơn vị hành chính cấp xã tại một ngày, hoặc các đơn vị kế thừa một đơn vị",
		usage: `Cách dùng: ntm units [--province P] [--as-of YYYY-MM-DD] [--format text|json|csv] [--lang vi|en] [--successor "Xã, Huyện, Tỉnh"]

Liệt kê các đơn vị hành chính cấp xã (xã, phường, thị trấn) có hiệu lực vào
ngày --as-of (mặc định là hôm nay), kèm mã, tên, loại và huyện; từ ngày
01/7/2025, khi cấp huyện không còn, văn bản không có cột huyện (JSON vẫn
có khóa "district", CSV vẫn có cột district, để trống). Đơn vị được xác định
theo ngày và mã: năm 2025 có mã được dùng lại (06445 trước là Xã Hòa Sơn,
nay là Xã Tân Thành). Đã có: Lạng Sơn từ 01/3/2025 (194 đơn vị) và từ
01/7/2025 (65 đơn vị), cùng việc kế thừa theo Nghị quyết 1672/NQ-UBTVQH15;
một ngày trước đó là lỗi (mã thoát 1) nêu ngày đầu tiên đã có.

Với --successor, in (các) đơn vị có hiệu lực vào ngày --as-of đã kế thừa xã
được nêu, mỗi đơn vị kèm căn cứ pháp lý (khoản của Nghị quyết 1672) và cho
biết kế thừa toàn bộ hay một phần của xã; xã có mã được đơn vị kế thừa dùng
lại được ghi "(cùng mã với xã mới)" thay cho mã, như trong ghi chú của ntm
eval --successors. Tên được so khớp không phân biệt
chữ hoa chữ thường và dạng chuẩn hóa Unicode, có hoặc không có tiền tố loại
(Xã, Huyện, Tỉnh) và, khi viết hoàn toàn không dấu, không phân biệt dấu:
"Nhật Tiến" và "Nhất Tiến" vẫn là hai xã khác nhau.

--lang en in nhãn của đầu ra văn bản (và các thông báo) bằng tiếng Anh; JSON
và CSV như nhau ở cả hai ngôn ngữ.

Ví dụ:
  ntm units --province "Lạng Sơn" --as-of 2025-07-01
  ntm units --as-of 2025-03-01 --format csv
  ntm units --successor "Hòa Lạc, Hữu Lũng, Lạng Sơn" --as-of 2025-07-01
`,
		flags: map[string]string{
			"province":  "chỉ các đơn vị của `tỉnh` này (Lạng Sơn)",
			"as-of":     "`ngày` (YYYY-MM-DD hoặc N/T/NNNN; mặc định là hôm nay)",
			"format":    "`định dạng` đầu ra: text, json hoặc csv",
			"lang":      "`ngôn ngữ` của nhãn và thông báo: vi hoặc en",
			"successor": "in các đơn vị đã kế thừa `xã` này (\"Xã, Huyện, Tỉnh\")",
		},
	},
	"template": {
		synopsis: "ghi mẫu biểu nhập số liệu trống (CSV hoặc Excel) cho một bộ tiêu chí, để điền rồi đánh giá",
		usage: `Cách dùng: ntm template --set ID [--region R | --group G] [--year Y] [--commune "Xã, Huyện, Tỉnh"]... [--layout long|wide] [--format csv|xlsx] [-o TỆP]

Ghi mẫu biểu nhập số liệu trống cho bộ tiêu chí: dạng dọc (mặc định) mỗi
dòng một xã và một chỉ tiêu, đã điền sẵn các cột xã và chỉ tiêu, để trống
value, numerator, denominator, unit, source để điền, và ba cột trợ giúp
content (nội dung chỉ tiêu), target (mức đạt chuẩn theo vùng của xã và
năm, "≥ 70%") và note (mức đạt chuẩn có chưa kiểm chứng không; với bộ
tiêu chí chờ văn bản chính thức như 933/QĐ-UBND, note của mọi dòng ghi rõ
trước tiên); dạng ngang mỗi dòng một xã, mỗi cột một chỉ tiêu (nội dung
và mức đạt chuẩn ở trang "Hướng dẫn"). Mẫu Excel (--format xlsx) tô xám và
khóa các cột trợ giúp, và có danh sách chọn các từ được chấp nhận ở ô
đạt/chưa đạt. Mẫu đã điền được "ntm eval" đọc ngay, không phải sửa.

--commune có thể cho nhiều lần; không có --commune thì mẫu có một khối dòng
để tự điền tên xã. Vùng của xã là vùng của tỉnh, nếu không thì là --region:
với bộ tiêu chí chia mức đạt chuẩn theo vùng, xã không ghi tỉnh cần có
--region (mẫu khi đó có cột vùng), để mẫu đã điền đọc được ngay. Tỉnh
từ ngày 01/7/2025 được hợp nhất từ các tỉnh cũ thuộc nhiều vùng ("Tây
Ninh": Tây Ninh cũ thuộc vùng DNB, Long An cũ thuộc vùng DBSCL; Nghị quyết
202/2025/QH15) cho vùng của xã như giai đoạn 2016-2020, vùng của tỉnh cũ
cùng tên (DNB): ô vùng ghi vùng đó và mẫu dùng mức đạt chuẩn của vùng đó;
--region là vùng khác thì báo lỗi. Cột note và đầu ra lỗi nêu các tỉnh cũ
mà tên tỉnh gồm, và nhắc xã thuộc Long An cũ cần lập mẫu với tỉnh "Long
An" (--commune "Xã X, , Long An"). Với bộ
tiêu chí chia mức đạt chuẩn theo nhóm xã (51/2025/QĐ-TTg), mẫu có cột
group và không có cột vùng: --group điền sẵn cột này; không có --group
thì cột group để trống cho người dùng điền, cột target ghi mức đạt chuẩn
chung của các nhóm hoặc của từng nhóm ("nhóm 1: ≥ 70%; nhóm 2: …"), và
cột note nhắc ghi nhóm xã, vì ntm eval cần biết nhóm xã để áp dụng đúng
mức đạt chuẩn. Bộ tiêu chí chia theo vùng bỏ qua --group, bộ tiêu chí chia
theo nhóm xã bỏ qua --region, như ntm criteria và ntm eval: đầu ra lỗi
ghi một dòng lưu ý.
--year mặc định là năm nay nếu năm nay thuộc giai đoạn của bộ tiêu chí, nếu
không thì năm cuối của giai đoạn (2020 với 1980/QĐ-TTg). Xã không còn là
đơn vị hành chính trong năm đó (từ năm 2026: đã sắp xếp lại từ 01/7/2025,
hoặc ghi kèm huyện) có cảnh báo như ntm eval, ở đầu ra lỗi; mẫu vẫn được ghi.

Ví dụ:
  ntm template --set 1980 --commune "Hòa Lạc, Hữu Lũng, Lạng Sơn" > mau.csv
  ntm template --set 1980 --region TDMNPB --format xlsx -o mau.xlsx
  ntm template --set 1980 --layout wide --format xlsx -o mau-rong.xlsx \
      --commune "Hòa Lạc, Hữu Lũng, Lạng Sơn" --commune "Minh Sơn, Hữu Lũng, Lạng Sơn"
`,
		flags: map[string]string{
			"set":       "bộ tiêu chí của mẫu: `ID` hoặc tên gọi khác (1980, QD933, …); bắt buộc",
			"region":    "`vùng` có mức đạt chuẩn áp dụng cho xã không ghi tỉnh (TDMNPB, …)",
			"group":     "`nhóm` xã có mức đạt chuẩn áp dụng (bộ tiêu chí chia mức theo nhóm xã)",
			"year":      "`năm` đánh giá (mặc định: năm nay nếu thuộc giai đoạn, nếu không thì năm cuối của giai đoạn)",
			"commune":   "một xã cần đánh giá, dạng `\"Xã, Huyện, Tỉnh\"` (\"Xã, Tỉnh\" với xã không có huyện, từ ngày 01/7/2025); có thể cho nhiều lần",
			"layout":    "`dạng` bảng: long (mỗi dòng một chỉ tiêu) hoặc wide (mỗi dòng một xã)",
			"format":    "`định dạng`: csv hoặc xlsx",
			"lang":      "`ngôn ngữ` của thông báo: vi hoặc en",
			"sets-from": "đọc định nghĩa bộ tiêu chí (JSON) từ `tệp` (- là đầu vào chuẩn)",
			"o":         "ghi mẫu vào `TỆP` thay vì đầu ra chuẩn",
		},
	},
}

// usageVI translates the usage errors of the subcommands, keyed by their
// English format.
var usageVI = map[string]string{
	"no assessment FILE given":                              "chưa cho tệp số liệu (TỆP) nào",
	"standard input (-) can be read only once":              "đầu vào chuẩn (-) chỉ đọc được một lần",
	"unknown format %q (want %s)":                           "không có định dạng %q (chọn %s)",
	"unknown language %q (want vi or en)":                   "không có ngôn ngữ %q (chọn vi hoặc en)",
	"unknown layout %q (want long or wide)":                 "không có dạng bảng %q (chọn long hoặc wide)",
	"unexpected argument %q":                                "thừa tham số %q",
	"--set is required":                                     "thiếu --set (bộ tiêu chí)",
	"--set: %v":                                             "--set: %v",
	"--region: %v":                                          "--region: %v",
	"--as-of: %q is not a date YYYY-MM-DD or D/M/YYYY":      "--as-of: %q không phải ngày dạng YYYY-MM-DD hoặc N/T/NNNN",
	"--successors: %q is not a date YYYY-MM-DD or D/M/YYYY": "--successors: %q không phải ngày dạng YYYY-MM-DD hoặc N/T/NNNN",
	"--as-of needs --plan":                                  "--as-of chỉ dùng được cùng với --plan",
	"missing PLAN.json":                                     "thiếu tệp kế hoạch PLAN.json",
	"year %d out of range":                                  "năm %d nằm ngoài khoảng cho phép",
	"--commune: %s is in %s, not in --region %s":            "--commune: %s thuộc vùng %s, không thuộc --region %s",
	"--commune: %s is in %s, not in --region %s; %s":        "--commune: %s thuộc vùng %s, không thuộc --region %s; %s",
	"--commune: %s: %v":                                     "--commune: %s: %v",
	"--commune %q names no province: its form would have no region, and ntm eval could not read it; give \"Xã, Huyện, Tỉnh\" with a known province, or --region": "--commune %q không ghi tỉnh: mẫu sẽ không có vùng và ntm eval không đọc được; hãy ghi \"Xã, Huyện, Tỉnh\" với một tỉnh đã biết, hoặc cho --region",
	"--year: %d is outside the period of %s (%d-%d)":                               "--year: năm %d nằm ngoài giai đoạn của %s (%d-%d)",
	"--group: set %s has no commune group %q (%s)":                                 "--group: bộ tiêu chí %s không có nhóm xã %q (%s)",
	"--encoding: unknown encoding %q (want windows-1258, utf-16, tcvn3 or vni)":    "--encoding: không có bảng mã %q (chọn windows-1258, utf-16, tcvn3 hoặc vni)",
	"a workbook is not written to a terminal: give -o FILE or redirect the output": "không ghi sổ Excel ra màn hình: cho -o TỆP hoặc chuyển hướng đầu ra",
	"no set in force on %s": "không có bộ tiêu chí nào có hiệu lực vào ngày %s",
}

// flagErrorsVI translates the errors of the flag package.
var flagErrorsVI = []struct {
	re *regexp.Regexp
	vi string
}{
	{regexp.MustCompile(`^flag provided but not defined: (.*)$`), "không có cờ $1"},
	{regexp.MustCompile(`^flag needs an argument: (.*)$`), "cờ $1 cần một giá trị"},
	{regexp.MustCompile(`^invalid value (".*") for flag (\S+): (.*)$`), "giá trị $1 không hợp lệ cho cờ $2: $3"},
	{regexp.MustCompile(`^invalid boolean value (".*") for -(\S+): (.*)$`), "giá trị $1 không hợp lệ cho cờ -$2: $3"},
}

// usageText returns a usage error's message in the context's language:
// in Vietnamese the format's translation, with the errors among its
// arguments in Vietnamese too (and without package prefixes).
func (ctx *cmdContext) usageText(format string, args ...any) string {
	if ctx.lang == "en" {
		// An error of the library without its package prefix ("--as-of:
		// want a date …", "--set: unknown set …"), as its problems are
		// printed: the command's is the only prefix.
		args = slices.Clone(args)
		for i, a := range args {
			if err, ok := a.(error); ok {
				args[i] = stripPackage(strings.Join(problem.Lines(err, problem.EN), "; "))
			}
		}
		return fmt.Sprintf(format, args...)
	}
	if format == "%v" && len(args) == 1 {
		if err, ok := args[0].(error); ok {
			msg := err.Error()
			for _, f := range flagErrorsVI {
				if m := f.re.FindStringSubmatchIndex(msg); m != nil {
					// With three parts the last is why a value was
					// refused (the flag's own message), last in the
					// translation too: in Vietnamese where it can be.
					out := string(f.re.ExpandString(nil, f.vi, msg, m))
					if f.re.NumSubexp() == 3 {
						reason := msg[m[6]:m[7]]
						out = strings.TrimSuffix(out, reason) + strings.Join(problem.Lines(errors.New(reason), problem.VI), "; ")
					}
					return out
				}
			}
		}
	}
	args = slices.Clone(args)
	for i, a := range args {
		switch a := a.(type) {
		case error:
			args[i] = strings.Join(problem.Lines(a, problem.VI), "; ")
		case interface{ Vietnamese() string }:
			// A date, as Vietnamese documents write it.
			args[i] = a.Vietnamese()
		}
	}
	if vi, ok := usageVI[format]; ok {
		for i, a := range args {
			if s, ok := a.(string); ok && strings.Contains(s, " or ") {
				args[i] = strings.ReplaceAll(s, " or ", " hoặc ")
			}
		}
		return fmt.Sprintf(vi, args...)
	}
	return fmt.Sprintf(format, args...)
}

// langOf returns the language asked for by --lang (or -lang) among args,
// before they are parsed: "en" or "vi" (the default).
func langOf(args []string) string {
	for i, a := range args {
		if a == "--" {
			break
		}
		switch {
		case a == "--lang" || a == "-lang":
			if i+1 < len(args) && args[i+1] == "en" {
				return "en"
			}
		case a == "--lang=en" || a == "-lang=en":
			return "en"
		}
	}
	return "vi"
}

// printFlagsVI prints the flags of fs as [flag.PrintDefaults] does, with
// the Vietnamese descriptions of desc where known.
func printFlagsVI(w io.Writer, fs *flag.FlagSet, desc map[string]string) {
	fs.VisitAll(func(f *flag.Flag) {
		usage := f.Usage
		if vi, ok := desc[f.Name]; ok {
			usage = vi
		}
		g := *f
		g.Usage = usage
		name, usage := flag.UnquoteUsage(&g)
		line := "  -" + f.Name
		if name != "" {
			line += " " + name
		}
		if len(line) <= 4 {
			line += "\t"
		} else {
			line += "\n    \t"
		}
		line += strings.ReplaceAll(usage, "\n", "\n    \t")
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" && f.DefValue != "[]" {
			line += fmt.Sprintf(" (mặc định %q)", f.DefValue)
		}
		fmt.Fprintln(w, line)
	})
}
