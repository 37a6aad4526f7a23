//! The subgraph's entity schema (`subgraph/schema.graphql`), parsed: which entities exist, their
//! fields, and how each field is stored and queried. One file is the schema of both the subgraph
//! and this indexer.

use async_graphql_parser::types::{BaseType, TypeKind, TypeSystemDefinition};

use crate::Error;

/// The subgraph's `schema.graphql`, compiled in.
pub const SCHEMA_GRAPHQL: &str = include_str!("../../../subgraph/schema.graphql");

/// A scalar as The Graph defines it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scalar {
    /// `ID`: a string.
    Id,
    /// `String`.
    String,
    /// `Bytes`: `0x`-prefixed lowercase hex.
    Bytes,
    /// `BigInt`: an integer of any size (here: 0 to 2^256 - 1), as a decimal string.
    BigInt,
    /// `Int`: 32-bit signed.
    Int,
    /// `Boolean`.
    Boolean,
}

impl Scalar {
    fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "ID" => Self::Id,
            "String" => Self::String,
            "Bytes" => Self::Bytes,
            "BigInt" => Self::BigInt,
            "Int" => Self::Int,
            "Boolean" => Self::Boolean,
            _ => return None,
        })
    }

    /// Its GraphQL name.
    pub fn name(self) -> &'static str {
        match self {
            Self::Id => "ID",
            Self::String => "String",
            Self::Bytes => "Bytes",
            Self::BigInt => "BigInt",
            Self::Int => "Int",
            Self::Boolean => "Boolean",
        }
    }
}

/// What a field holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldKind {
    /// One scalar value.
    Scalar(Scalar),
    /// A list of scalars (stored as JSON).
    ScalarList(Scalar),
    /// The id of one entity of the named type.
    Reference(String),
    /// The entities of the named type whose `field` holds this entity's id (not stored).
    Derived {
        /// The entity type.
        entity: String,
        /// Its field that references this one.
        field: String,
    },
}

/// One field of an entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Its name.
    pub name: String,
    /// What it holds.
    pub kind: FieldKind,
    /// Whether it may be null.
    pub nullable: bool,
    /// Its description in the schema, if any.
    pub description: Option<String>,
}

impl Field {
    /// Whether it is a column of the entity's table (derived fields are not).
    pub fn stored(&self) -> bool {
        !matches!(self.kind, FieldKind::Derived { .. })
    }
}

/// One entity type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Its GraphQL type name (`Subnet`).
    pub name: String,
    /// Its fields, in schema order; the first is `id`.
    pub fields: Vec<Field>,
    /// Its description in the schema, if any.
    pub description: Option<String>,
}

impl Entity {
    /// The field named `name`.
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    /// Its collection field on `Query`, named as graph-node names it: the name pluralised by
    /// the `Inflector` crate's rules (`subnets`, `slashes`, and `epoches`, as graph-node serves
    /// it), first letter lowercased, and `<single>_collection` when the plural is the name itself
    /// (`hyperparameters_collection`).
    pub fn collection(&self) -> String {
        let plural = lower_first(&inflector::string::pluralize::to_plural(&self.name));
        let single = self.single();
        if plural == single {
            format!("{single}_collection")
        } else {
            plural
        }
    }

    /// Its single-entity field on `Query`: `Subnet` -> `subnet`.
    pub fn single(&self) -> String {
        lower_first(&self.name)
    }
}

fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_lowercase().chain(chars).collect::<String>()
    })
}

/// The parsed schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schema {
    /// Every `@entity` type, in schema order.
    pub entities: Vec<Entity>,
}

impl Schema {
    /// Parses a subgraph schema: every object type must be an `@entity` with an `id: ID!` first;
    /// fields are scalars, lists of scalars, references to entities, or `@derivedFrom` lists.
    pub fn parse(sdl: &str) -> Result<Self, Error> {
        let doc = async_graphql_parser::parse_schema(sdl)
            .map_err(|e| Error::Schema(format!("schema.graphql does not parse: {e}")))?;
        let mut entities = Vec::new();
        let mut names = Vec::new();
        for definition in &doc.definitions {
            if let TypeSystemDefinition::Type(t) = definition {
                names.push(t.node.name.node.to_string());
            }
        }
        for definition in doc.definitions {
            let TypeSystemDefinition::Type(t) = definition else {
                return Err(Error::Schema(
                    "schema.graphql holds only entity types".into(),
                ));
            };
            let t = t.node;
            let name = t.name.node.to_string();
            if !t.directives.iter().any(|d| d.node.name.node == "entity") {
                return Err(Error::Schema(format!("type {name} is not an @entity")));
            }
            let TypeKind::Object(object) = t.kind else {
                return Err(Error::Schema(format!("{name} is not an object type")));
            };
            let mut fields = Vec::new();
            for f in object.fields {
                let f = f.node;
                let field_name = f.name.node.to_string();
                let ty = f.ty.node;
                let derived = f
                    .directives
                    .iter()
                    .find(|d| d.node.name.node == "derivedFrom")
                    .map(|d| {
                        d.node
                            .get_argument("field")
                            .and_then(|v| match &v.node {
                                async_graphql::Value::String(s) => Some(s.clone()),
                                _ => None,
                            })
                            .ok_or_else(|| {
                                Error::Schema(format!(
                                    "{name}.{field_name}: @derivedFrom needs field: \"...\""
                                ))
                            })
                    })
                    .transpose()?;
                let unknown =
                    |what: &str| Error::Schema(format!("{name}.{field_name}: unknown type {what}"));
                let kind = match (&ty.base, derived) {
                    (BaseType::List(inner), Some(field)) => match &inner.base {
                        BaseType::Named(n) if names.contains(&n.to_string()) => {
                            FieldKind::Derived {
                                entity: n.to_string(),
                                field,
                            }
                        }
                        other => return Err(unknown(&other.to_string())),
                    },
                    (_, Some(_)) => {
                        return Err(Error::Schema(format!(
                            "{name}.{field_name}: @derivedFrom must be on a list of entities"
                        )));
                    }
                    (BaseType::Named(n), None) => match Scalar::parse(n) {
                        Some(s) => FieldKind::Scalar(s),
                        None if names.contains(&n.to_string()) => {
                            FieldKind::Reference(n.to_string())
                        }
                        None => return Err(unknown(n)),
                    },
                    (BaseType::List(inner), None) => match &inner.base {
                        BaseType::Named(n) => {
                            FieldKind::ScalarList(Scalar::parse(n).ok_or_else(|| {
                                Error::Schema(format!(
                                    "{name}.{field_name}: lists of entities must be @derivedFrom"
                                ))
                            })?)
                        }
                        BaseType::List(_) => {
                            return Err(Error::Schema(format!(
                                "{name}.{field_name}: nested lists are not supported"
                            )));
                        }
                    },
                };
                fields.push(Field {
                    name: field_name,
                    kind,
                    nullable: ty.nullable,
                    description: f.description.map(|d| d.node),
                });
            }
            match fields.first() {
                Some(Field {
                    name,
                    kind: FieldKind::Scalar(Scalar::Id),
                    nullable: false,
                    ..
                }) if name == "id" => {}
                _ => {
                    return Err(Error::Schema(format!(
                        "{name}: the first field must be id: ID!"
                    )));
                }
            }
            entities.push(Entity {
                name,
                fields,
                description: t.description.map(|d| d.node),
            });
        }
        let schema = Self { entities };
        for e in &schema.entities {
            for f in &e.fields {
                if let FieldKind::Derived { entity, field } = &f.kind {
                    let target = schema.entity(entity).and_then(|t| t.field(field));
                    if !matches!(target.map(|t| &t.kind), Some(FieldKind::Reference(r)) if *r == e.name)
                    {
                        return Err(Error::Schema(format!(
                            "{}.{}: {entity}.{field} is not a reference to {}",
                            e.name, f.name, e.name
                        )));
                    }
                }
            }
        }
        Ok(schema)
    }

    /// The subgraph's own schema.
    pub fn subgraph() -> Result<Self, Error> {
        Self::parse(SCHEMA_GRAPHQL)
    }

    /// The entity named `name`.
    pub fn entity(&self, name: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.name == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_subgraph_schema_parses_with_the_seed_fields() {
        let schema = Schema::subgraph().expect("parses");
        let subnet = schema.entity("Subnet").expect("Subnet");
        assert_eq!(subnet.collection(), "subnets");
        for field in [
            "id",
            "name",
            "inferenceType",
            "emissionWeight",
            "minerCount",
            "validatorCount",
            "createdAt",
            "active",
        ] {
            assert!(subnet.field(field).is_some(), "{field}");
        }
        assert_eq!(
            subnet.field("miners").map(|f| &f.kind),
            Some(&FieldKind::Derived {
                entity: "Miner".into(),
                field: "subnet".into()
            })
        );
        assert_eq!(
            schema.entity("ValidatorEpoch").map(Entity::collection),
            Some("validatorEpoches".into())
        );
        let plurals: Vec<String> = schema.entities.iter().map(Entity::collection).collect();
        assert_eq!(
            plurals,
            [
                "subnets",
                "hyperparameters_collection",
                "miners",
                "validators",
                "delegations",
                "epoches",
                "validatorEpoches",
                "scoreCommits",
                "scoreReveals",
                "slashes",
                "emissionPulls",
                "proposals",
                "votes",
                "globalTrusts",
                "trustUpdates",
                "forecastFeeds",
                "forecastRounds",
                "forecastRequests",
                "inferenceRequests",
                "inferenceAnswers",
                "inferenceScores",
            ]
        );
    }

    #[test]
    fn bad_schemas_are_refused_with_the_reason() {
        for (sdl, why) in [
            ("type A { id: ID! }", "not an @entity"),
            ("type A @entity { name: String! }", "first field must be id"),
            ("type A @entity { id: ID! x: Float! }", "unknown type Float"),
            (
                "type A @entity { id: ID! xs: [A!]! }",
                "must be @derivedFrom",
            ),
            (
                "type A @entity { id: ID! bs: [B!]! @derivedFrom(field: \"a\") } type B @entity { id: ID! }",
                "is not a reference",
            ),
            ("type {", "does not parse"),
        ] {
            let e = Schema::parse(sdl).expect_err(sdl).to_string();
            assert!(e.contains(why), "{sdl}: {e}");
        }
    }
}
