package httpapi

import (
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"
)

// corsMaxAge is how long, in seconds, a browser may keep the answer to a
// preflight request (Access-Control-Max-Age).
const corsMaxAge = "600"

// corsExposed are the header fields of the answers that a page of another
// origin may read beside the safelisted ones (Content-Type, …): the
// warnings of a 200 POST /evaluate, Retry-After of a 503, Allow of a 405,
// Accept-Encoding of a 415, Location of a 307.
const corsExposed = "Ntm-Warning, Retry-After, Allow, Accept-Encoding, Location"

// corsOrigins is the origins of Options.CORSOrigins: each as
// "scheme://host[:port]" in lower case, or any (the entry "*").
type corsOrigins struct {
	any  bool
	list []string
}

// newCORSOrigins reads Options.CORSOrigins; an entry that is no origin
// (a path, a query, no scheme or host) is logged and left out.
func newCORSOrigins(entries []string, log *slog.Logger) corsOrigins {
	var c corsOrigins
	for _, e := range entries {
		if e == "*" {
			c.any = true
			continue
		}
		o, ok := origin(e)
		if !ok {
			log.Error("httpapi: Options.CORSOrigins: not an origin (want scheme://host[:port], or *); left out", "entry", e)
			continue
		}
		c.list = append(c.list, o)
	}
	return c
}

// origin returns s, an origin (a final slash allowed), as browsers send it
// in the Origin header: "scheme://host[:port]" in lower case.
func origin(s string) (string, bool) {
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" || u.Host == "" || u.User != nil || (u.Path != "" && u.Path != "/") ||
		u.RawQuery != "" || u.ForceQuery || u.Fragment != "" {
		return "", false
	}
	return strings.ToLower(u.Scheme + "://" + u.Host), true
}

// allowed returns the value of Access-Control-Allow-Origin for r: "*" when
// any origin is allowed, r's Origin when it is listed; "" when r has no
// Origin or it is not allowed.
func (c *corsOrigins) allowed(r *http.Request) string {
	o := r.Header.Get("Origin")
	if o == "" {
		return ""
	}
	if c.any {
		return "*"
	}
	if slices.Contains(c.list, strings.ToLower(o)) {
		return o
	}
	return ""
}

// setCORS adds to the answer to r the header fields that let a page of an
// allowed origin read it (the Fetch standard, "CORS protocol"); it returns
// whether r's origin is allowed.
func (c *corsOrigins) setCORS(w http.ResponseWriter, r *http.Request) bool {
	if !c.any && len(c.list) == 0 {
		return false
	}
	hd := w.Header()
	if !c.any {
		// The answer differs by Origin: caches keep one per origin.
		hd.Add("Vary", "Origin")
	}
	o := c.allowed(r)
	if o == "" {
		return false
	}
	hd.Set("Access-Control-Allow-Origin", o)
	hd.Set("Access-Control-Expose-Headers", corsExposed)
	return true
}

// isPreflight reports whether r is a CORS preflight request: OPTIONS with
// Origin and Access-Control-Request-Method.
func isPreflight(r *http.Request) bool {
	return r.Method == http.MethodOptions && r.Header.Get("Origin") != "" && r.Header.Get("Access-Control-Request-Method") != ""
}

// preflight answers 204 to a preflight request from an allowed origin to a
// route serving allow (its methods, "GET, HEAD" or "POST"): the methods,
// the header fields the request asked for (the API reads Content-Type,
// Content-Encoding and Accept and ignores the others, so that a service's
// own header fields in front of it, Authorization, pass), how long to keep
// the answer. Credentials (cookies) are not allowed.
func preflight(w http.ResponseWriter, r *http.Request, allow string) {
	hd := w.Header()
	hd.Add("Vary", "Access-Control-Request-Method")
	hd.Add("Vary", "Access-Control-Request-Headers")
	hd.Set("Access-Control-Allow-Methods", allow)
	if fields := requestedHeaders(r); fields != "" {
		hd.Set("Access-Control-Allow-Headers", fields)
	}
	hd.Set("Access-Control-Max-Age", corsMaxAge)
	w.WriteHeader(http.StatusNoContent)
}

// requestedHeaders returns the header field names of r's
// Access-Control-Request-Headers that are tokens (RFC 9110), joined with
// ", ".
func requestedHeaders(r *http.Request) string {
	var names []string
	for _, v := range r.Header.Values("Access-Control-Request-Headers") {
		for f := range strings.SplitSeq(v, ",") {
			if f = strings.TrimSpace(f); f != "" && isToken(f) {
				names = append(names, f)
			}
		}
	}
	return strings.Join(names, ", ")
}

// isToken reports whether s is a token of RFC 9110 (section 5.6.2).
func isToken(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0) {
			return false
		}
	}
	return s != ""
}
