//go:build !bad

package main

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
)

// #region main
func main() {
	if err := run(); err != nil {
		log.Fatal(err) // safe here: run has returned, so its deferred calls have run
	}
}

func run() error {
	store, err := openStore()
	if err != nil {
		return err
	}
	audit, err := OpenAudit(auditPath())
	if err != nil {
		return err
	}
	defer audit.Close() // flushes the buffered audit entries when run returns
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve(ctx, newServer(&Orders{Store: store, Audit: audit}))
}

// Create handles POST /orders.
func (h *Orders) Create(w http.ResponseWriter, r *http.Request) {
	var o Order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil {
		http.Error(w, "invalid order", http.StatusBadRequest)
		return
	}
	if err := h.Store.Insert(r.Context(), o); err != nil {
		log.Printf("saving order %s: %v", o.ID, err)
		http.Error(w, "could not save the order, please retry", http.StatusServiceUnavailable) // [!fix] [!note] fail this request only: the process and every other request carry on
		return                                                                                 // [!fix]
	}
	h.Audit.Record("order %s created", o.ID)
	w.WriteHeader(http.StatusCreated)
}

// #endregion
