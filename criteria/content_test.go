package criteria

import "testing"

func TestContentNamesWhatReportsSayOfAPendingSet(t *testing.T) {
	for _, tc := range []struct {
		c       Content
		pending bool
		name    Text
	}{
		{ContentComplete, false, Text{VI: "đầy đủ", EN: "complete"}},
		{ContentPendingOfficialText, true, Text{VI: "chờ văn bản chính thức", EN: "pending the official text"}},
		{0, false, Text{}},
	} {
		if got := tc.c.Pending(); got != tc.pending {
			t.Errorf("%v.Pending() = %v, want %v", tc.c, got, tc.pending)
		}
		if got := tc.c.Name(); got != tc.name {
			t.Errorf("%v.Name() = %+v, want %+v", tc.c, got, tc.name)
		}
	}
}
