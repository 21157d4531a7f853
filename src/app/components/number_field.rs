//! A number field with an optional slider, in step with each other and with the scenario.
//!
//! The field keeps what the user typed, even when it is not a valid number, and shows a Dutch
//! message beside it; only valid values reach the scenario, so bad input never loses it. While
//! the field shows an error the scenario holds the value from before this edit, not a prefix
//! typed on the way ("20" of "20 mln").

use leptos::prelude::*;

use crate::data::decimal::parse_decimal;
use crate::data::number_input::{check_bounds, parse_amount, parse_dutch_number};

/// How a field shows its value: the scenario keeps shares (0,1), the field shows percent (10).
#[derive(Clone, Copy)]
pub struct FieldFormat {
    /// Displayed = stored × scale.
    pub scale: f64,
    /// At most this many decimals are shown (trailing zeros dropped) or accepted.
    pub decimals: usize,
    /// Thousands separators (off for calendar years).
    pub grouping: bool,
}

impl FieldFormat {
    pub const COUNT: FieldFormat = FieldFormat {
        scale: 1.0,
        decimals: 0,
        grouping: true,
    };
    /// Euros with cents where they were given (a price of € 2.600,50 from a link or a budget).
    pub const EUROS: FieldFormat = FieldFormat {
        scale: 1.0,
        decimals: 2,
        grouping: true,
    };
    pub const YEAR: FieldFormat = FieldFormat {
        scale: 1.0,
        decimals: 0,
        grouping: false,
    };

    pub fn show(self, stored: f64) -> String {
        let shown = stored * self.scale;
        if self.grouping {
            crate::model::format::number_up_to(shown, self.decimals)
        } else {
            format!("{shown:.*}", self.decimals).replace('.', ",")
        }
    }
}

/// One labelled number: a text field (Dutch formats accepted) and, if `slider`, a range input.
#[component]
pub fn NumberField(
    /// Unique id; the label and the message refer to it.
    id: String,
    label: String,
    /// The stored value (unscaled).
    #[prop(into)]
    value: Signal<f64>,
    /// Bounds of the stored value.
    min: f64,
    max: f64,
    format: FieldFormat,
    /// Called with a valid stored value.
    on_change: Callback<f64>,
    /// Shown after the field, e.g. "koppelingen per jaar" or "%".
    #[prop(optional, into)]
    unit: Option<String>,
    #[prop(optional)] slider: bool,
    /// Slider step, in displayed units.
    #[prop(default = 1.0)]
    step: f64,
    /// Upper end of the slider (stored units) where the field allows far more than a hand can
    /// pick on a slider; the field still accepts up to `max`.
    #[prop(optional)]
    slider_max: Option<f64>,
    /// An amount in euros: "20 mln" and "1,2 miljard" are read too.
    #[prop(optional)]
    amount: bool,
) -> impl IntoView {
    let parse = move |text: &str| {
        if amount {
            parse_amount(text)
        } else {
            parse_dutch_number(text)
        }
    };
    let raw = RwSignal::new(format.show(value.get_untracked()));
    let error = RwSignal::new(None::<String>);
    // The value when this edit began (focus), which an error puts back; and the value this field
    // last sent, which the scenario then echoes and the field must not take as a change from
    // elsewhere (that would replace what the user is typing).
    let before = StoredValue::new(value.get_untracked());
    let last_sent = StoredValue::new(None::<f64>);
    // Tell the results when this field holds input they could not follow ("niet bijgewerkt").
    if let Some(state) = use_context::<crate::app::state::ScenarioState>() {
        let field = id.clone();
        Effect::new(move |_| {
            let invalid = error.with(Option::is_some);
            state.invalid_inputs.update(|set| {
                if invalid {
                    set.insert(field.clone());
                } else {
                    set.remove(&field);
                }
            });
        });
        let field = id.clone();
        on_cleanup(move || {
            state.invalid_inputs.try_update(|set| set.remove(&field));
        });
    }
    let message_id = format!("{id}-melding");
    let shown_bound = move |stored: f64| format.show(stored);

    // Follow the scenario when it changes elsewhere (the slider, a loaded link), unless the field
    // already says the same number.
    Effect::new(move |_| {
        let current = value.get();
        if last_sent.get_value() == Some(current) {
            return;
        }
        last_sent.set_value(None);
        before.set_value(current);
        let typed = raw.with_untracked(|t| parse(t).ok());
        if typed.map(|t| t / format.scale) != Some(current) {
            raw.set(format.show(current));
            error.set(None);
        }
    });
    let send = move |stored: f64| {
        last_sent.set_value(Some(stored));
        on_change.run(stored);
    };

    let commit = move |text: String| {
        raw.set(text.clone());
        let parsed = parse(&text)
            .and_then(|shown| {
                if format.decimals == 0 && shown.fract() != 0.0 {
                    Err("Vul een heel getal in, zonder komma.".to_string())
                } else {
                    Ok(shown / format.scale)
                }
            })
            .and_then(|stored| check_bounds(stored, min, max, shown_bound));
        match parsed {
            Ok(stored) => {
                error.set(None);
                send(stored);
            }
            Err(message) => {
                error.set(Some(message));
                let kept = before.get_value();
                if value.get_untracked() != kept {
                    send(kept);
                }
            }
        }
    };

    // The slider is for the pointer only: the field is the keyboard's and screen reader's way in,
    // so each number is one tab stop and one name.
    let slider_view = slider.then(|| {
        view! {
            <input type="range" class="slider" tabindex="-1" aria-hidden="true"
                min=min * format.scale max=slider_max.unwrap_or(max).min(max) * format.scale step=step
                value=(value.get_untracked() * format.scale).to_string()
                prop:value=move || (value.get() * format.scale).to_string()
                on:input=move |ev| {
                    if let Some(shown) = parse_decimal(&event_target_value(&ev)) {
                        // The field shows the slider's value itself: the echo of what this field
                        // sent is ignored below, so it would not update the text.
                        let stored = shown / format.scale;
                        error.set(None);
                        raw.set(format.show(stored));
                        before.set_value(stored);
                        send(stored);
                    }
                }/>
        }
    });

    view! {
        <div class="number-field" class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{label.clone()}</label>
            <div class="number-row">
                <input type="text" inputmode="decimal" id=id.clone() autocomplete="off"
                    // The attribute too: the pre-render writes attributes only.
                    value=raw.get_untracked()
                    prop:value=move || raw.get()
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby=message_id.clone()
                    on:focus=move |_| {
                        if error.with_untracked(Option::is_none) {
                            before.set_value(value.get_untracked());
                        }
                    }
                    on:input=move |ev| commit(event_target_value(&ev))/>
                {unit.map(|u| view! { <span class="unit">{u}</span> })}
                {slider_view}
            </div>
            <p class="field-message" id=message_id role="status">{move || error.get()}</p>
        </div>
    }
}
